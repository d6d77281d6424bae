package dev.cfscale.cli;

import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.config.ConfigSyntaxException;
import dev.cfscale.parse.usage.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a workload file over the defaults; any problem is an input error reported at file:line:col. */
final class WorkloadFileLoader {
  private WorkloadFileLoader() {}

  static WorkloadExtractor.Result load(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      return failed(name, 1, 1, "workload file not found");
    }
    try {
      var root = new YamlTreeReader().read(Files.readString(file));
      if (root.entries().isEmpty()) {
        return failed(name, 1, 1, "the workload file is empty: give at least one assumption to change (see workload.example.yml)");
      }
      return WorkloadExtractor.extract(name, root);
    } catch (ConfigSyntaxException e) {
      return failed(name, e.position().line(), e.position().column(), e.getMessage());
    } catch (IOException e) {
      return failed(name, 1, 1, "cannot read workload file: " + e.getMessage());
    }
  }

  private static WorkloadExtractor.Result failed(String file, int line, int column, String message) {
    return new WorkloadExtractor.Result(WorkloadExtractor.defaults(), List.of(Problem.error(new Location(file, line, column), message)));
  }
}
