package dev.cfscale.cli;

import dev.cfscale.analysis.usage.UsageExtractor;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.config.ConfigSyntaxException;
import dev.cfscale.parse.usage.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and validates a usage file; any problem is a usage error reported at file:line:col. */
final class UsageFileLoader {
  private UsageFileLoader() {}

  static UsageExtractor.Result load(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      return failed(name, 1, 1, "usage file not found");
    }
    try {
      String text = Files.readString(file);
      return new UsageExtractor(name).extract(new YamlTreeReader().read(text));
    } catch (ConfigSyntaxException e) {
      return failed(name, e.position().line(), e.position().column(), e.getMessage());
    } catch (IOException e) {
      return failed(name, 1, 1, "cannot read usage file: " + e.getMessage());
    }
  }

  private static UsageExtractor.Result failed(String file, int line, int column, String message) {
    return new UsageExtractor.Result(dev.cfscale.facts.usage.Usage.none(),
        List.of(Problem.error(new Location(file, line, column), message)));
  }
}
