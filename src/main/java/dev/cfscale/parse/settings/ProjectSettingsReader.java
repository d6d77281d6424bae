package dev.cfscale.parse.settings;

import dev.cfscale.discover.InputFiles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.ProjectSettings;
import dev.cfscale.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads {@code .cfscale.yml}:
 * <pre>
 * exclude: [ "legacy/**" ]
 * rules:
 *   workers/no-cpu-limit: off
 *   queues/no-dead-letter-queue: critical
 * </pre>
 * Unknown keys, unknown rule ids and bad severities are problems with {@code file:line:col}.
 */
public final class ProjectSettingsReader {
  public static final String FILE_NAME = ".cfscale.yml";
  private static final YAMLFactory YAML = new YAMLFactory();

  private final Predicate<String> knownRuleId;
  /** The rule ids close to a mistyped one ("did you mean"), as one phrase; empty when none is close. */
  private final java.util.function.Function<String, java.util.Optional<String>> closeRuleIds;

  public ProjectSettingsReader(Predicate<String> knownRuleId) {
    this(knownRuleId, id -> java.util.Optional.empty());
  }

  public ProjectSettingsReader(Predicate<String> knownRuleId, java.util.function.Function<String, java.util.Optional<String>> closeRuleIds) {
    this.knownRuleId = knownRuleId;
    this.closeRuleIds = closeRuleIds;
  }

  /** The settings and any problems; a missing file means no settings. */
  public record Result(ProjectSettings settings, List<Problem> problems) {}

  public Result read(Path file, String relativePath) {
    if (!Files.isRegularFile(file)) {
      return new Result(ProjectSettings.NONE, List.of());
    }
    List<Problem> problems = new ArrayList<>();
    Set<String> disabled = new HashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<String> excludes = new ArrayList<>();
    try (JsonParser p = YAML.createParser(InputFiles.readString(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Result(ProjectSettings.NONE, p.currentToken() == null ? List.of()
            : List.of(Problem.error(at(relativePath, p.currentTokenLocation()), "settings must be a mapping")));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        p.nextToken();
        switch (key) {
          case "exclude" -> readExcludes(p, relativePath, excludes, problems);
          case "rules" -> readRules(p, relativePath, disabled, severities, problems);
          default -> {
            problems.add(Problem.error(at(relativePath, keyAt), "unknown settings key \"" + key + "\" (expected exclude, rules)"));
            p.skipChildren();
          }
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(Problem.error(at(relativePath, e.getLocation()), e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(Problem.error(Location.ofFile(relativePath), "cannot read settings: " + e.getMessage()));
    }
    return new Result(new ProjectSettings(disabled, severities, excludes), problems);
  }

  private static void readExcludes(JsonParser p, String file, List<String> excludes, List<Problem> problems) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      problems.add(Problem.error(at(file, p.currentTokenLocation()), "exclude must be a list of glob patterns"));
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      excludes.add(p.getValueAsString());
    }
  }

  private void readRules(JsonParser p, String file, Set<String> disabled, Map<String, Severity> severities,
      List<Problem> problems) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      problems.add(Problem.error(at(file, p.currentTokenLocation()), "rules must map rule ids to off or a severity"));
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String ruleId = p.currentName();
      JsonLocation keyAt = p.currentTokenLocation();
      p.nextToken();
      String value = p.getValueAsString(p.currentToken() == JsonToken.VALUE_FALSE ? "off" : null);
      p.skipChildren();
      if (!knownRuleId.test(ruleId)) {
        problems.add(Problem.error(at(file, keyAt), "unknown rule id \"" + ruleId + "\""
            + closeRuleIds.apply(ruleId).map(c -> "; did you mean " + c + "?").orElse("") + " (see `cfscale rules`)"));
      } else if ("off".equals(value)) {
        disabled.add(ruleId);
      } else {
        try {
          severities.put(ruleId, Severity.parse(String.valueOf(value)));
        } catch (IllegalArgumentException e) {
          problems.add(Problem.error(at(file, p.currentTokenLocation()), e.getMessage() + " or off"));
        }
      }
    }
  }

  private static Location at(String file, JsonLocation l) {
    return l == null ? Location.ofFile(file) : new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }
}
