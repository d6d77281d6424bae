package dev.cfscale.parse.deploy;

import dev.cfscale.discover.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the wrangler commands of GitHub Actions workflows ({@code .github/workflows/*.yml}): {@code run:} steps
 * (in their {@code working-directory}) and {@code cloudflare/wrangler-action} steps, whose {@code command},
 * {@code environment}, {@code secrets} and {@code vars} inputs say what a deploy supplies.
 */
public final class WorkflowReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private WorkflowReader() {}

  /** Commands of every workflow under {@code root/.github/workflows}; unreadable files are skipped. */
  public static List<WranglerCommand> read(Path root) {
    Path dir = root.resolve(".github").resolve("workflows");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<WranglerCommand> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList()) {
        out.addAll(workflow(file, ".github/workflows/" + file.getFileName()));
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  private static List<WranglerCommand> workflow(Path file, String source) {
    List<WranglerCommand> out = new ArrayList<>();
    try {
      JsonNode jobs = YAML.readTree(InputFiles.readString(file)).path("jobs");
      for (JsonNode job : iterable(jobs)) {
        String jobDirectory = job.path("defaults").path("run").path("working-directory").asText("");
        for (JsonNode step : iterable(job.path("steps"))) {
          out.addAll(step(step, source, directory(step.path("working-directory").asText(jobDirectory))));
        }
      }
    } catch (IOException | RuntimeException e) {
      return out; // not YAML a workflow runner would accept either
    }
    return out;
  }

  private static List<WranglerCommand> step(JsonNode step, String source, String directory) {
    List<WranglerCommand> out = new ArrayList<>();
    if (step.path("run").isTextual()) {
      String cwd = directory; // a script's lines run in one shell: a cd line moves those after it
      for (String line : step.path("run").asText().lines().toList()) {
        out.addAll(ShellCommands.parse(line, source, 1, cwd));
        cwd = ShellCommands.directoryAfter(line, cwd);
      }
    }
    if (step.path("uses").asText("").startsWith("cloudflare/wrangler-action")) {
      JsonNode with = step.path("with");
      String dir = directory(with.path("workingDirectory").asText(directory));
      String commandText = with.path("command").asText("deploy");
      for (String line : commandText.lines().filter(l -> !l.isBlank()).toList()) {
        List<String> words = new ArrayList<>(ShellWords.split(line.trim()));
        if (!words.isEmpty() && words.get(0).equals("wrangler")) {
          words.remove(0);
        }
        ShellCommands.command(words, source, 1, dir).map(c -> withInputs(c, with)).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The action's {@code environment}, {@code secrets} and {@code vars} inputs apply to its command. */
  private static WranglerCommand withInputs(WranglerCommand c, JsonNode with) {
    Optional<String> env = c.environment().or(() -> Optional.of(with.path("environment").asText("")).filter(e -> !e.isEmpty()));
    List<String> secrets = new ArrayList<>(c.secretNames());
    secrets.addAll(names(with.path("secrets").asText("")));
    List<String> vars = new ArrayList<>(c.varNames());
    vars.addAll(names(with.path("vars").asText("")));
    return new WranglerCommand(c.source(), c.line(), c.workingDirectory(), c.action(), c.entry(), c.config(), env, vars, secrets,
        c.bindings());
  }

  private static List<String> names(String block) {
    return Arrays.stream(block.split("[\\s,]+")).map(String::trim).filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_]*")).toList();
  }

  private static String directory(String text) {
    String clean = text.replaceAll("^\\./", "").replaceAll("/$", "");
    return clean.equals(".") || clean.contains("$") ? "" : clean;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.elements().forEachRemaining(out::add);
    return out;
  }
}
