package dev.cfscale.cli;

import dev.cfscale.analysis.usage.UsageExtractor;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.config.ConfigArray;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigSyntaxException;
import dev.cfscale.parse.usage.YamlTreeReader;
import dev.cfscale.platform.PlatformFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
      ConfigObject root = new YamlTreeReader().read(Files.readString(file));
      if (root.entries().isEmpty()) {
        return failed(name, 1, 1, "the usage file is empty: give at least one product's usage (see usage.example.yml)");
      }
      UsageExtractor.Result result = new UsageExtractor(name).extract(root);
      List<Problem> problems = new ArrayList<>(result.problems());
      problems.addAll(unpricedModels(name, root, PlatformFacts.load()));
      return new UsageExtractor.Result(result.usage(), List.copyOf(problems));
    } catch (ConfigSyntaxException e) {
      return failed(name, e.position().line(), e.position().column(), e.getMessage());
    } catch (IOException e) {
      return failed(name, 1, 1, "cannot read usage file: " + e.getMessage());
    }
  }

  /**
   * A {@code workers_ai.models} entry whose model the facts file has no published price for: it would be billed as
   * 0 neurons, so it is an error at the model's line, not a footnote.
   */
  private static List<Problem> unpricedModels(String file, ConfigObject root, PlatformFacts facts) {
    List<Problem> problems = new ArrayList<>();
    var models = root.get("workers_ai").filter(ConfigObject.class::isInstance).flatMap(ai -> ((ConfigObject) ai).get("models"));
    if (models.isEmpty() || !(models.get() instanceof ConfigArray list)) {
      return problems; // the extractor reports a wrong shape
    }
    for (var item : list.items()) {
      if (!(item instanceof ConfigObject entry) || entry.string("model").isEmpty()) {
        continue;
      }
      String model = entry.string("model").get();
      if (!facts.contains(PlatformFacts.workersAiModelKey(model, "neuronsPerMillionInputTokens"))) {
        var at = entry.get("model").orElseThrow().position();
        problems.add(Problem.error(new Location(file, at.line(), at.column()), "workers_ai.models: \"" + model
            + "\" has no published price in cfscale's facts file, so it cannot be billed; check the name (as in"
            + " env.AI.run(\"@cf/...\")) or give its usage as workers_ai.neurons_per_month"));
      }
    }
    return problems;
  }

  private static UsageExtractor.Result failed(String file, int line, int column, String message) {
    return new UsageExtractor.Result(dev.cfscale.facts.usage.Usage.none(),
        List.of(Problem.error(new Location(file, line, column), message)));
  }
}
