package dev.cfscale.parse.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the wrangler commands in a shell command line as package.json scripts and CI steps write them
 * ({@code cd apps/api && npx wrangler deploy src/index.ts --env production --var VERSION:$SHA}). Only words are
 * read: quoting is honoured, nothing is expanded or executed.
 */
public final class ShellCommands {
  /** Flags that take a value (the next word), so that value is not mistaken for an entry script. */
  private static final Set<String> VALUE_FLAGS = Set.of("--env", "-e", "--config", "-c", "--name", "--compatibility-date",
      "--compatibility-flags", "--compatibility-flag", "--route", "--routes", "--assets", "--site", "--outdir", "--outfile",
      "--define", "--alias", "--tag", "--message", "--triggers", "--schedule", "--schedules", "--jsx-factory",
      "--jsx-fragment", "--tsconfig", "--metafile", "--dispatch-namespace", "--port", "--ip", "--persist-to", "--cwd",
      "--branch", "--project-name", "--commit-hash", "--commit-message", "--inspector-port", "--local-protocol",
      "--log-level", "--containers-rollout", "--secrets-file", "--script-path", "--experimental-json-config", "--env-file");
  private static final Map<String, String> BINDING_FLAGS = Map.ofEntries(Map.entry("--kv", "kv"), Map.entry("-k", "kv"),
      Map.entry("--d1", "d1"), Map.entry("--r2", "r2"), Map.entry("--do", "do"), Map.entry("-o", "do"), Map.entry("--service", "service"),
      Map.entry("-s", "service"), Map.entry("--binding", "binding"), Map.entry("-b", "binding"), Map.entry("--ai", "ai"));
  private static final Pattern VAR_VALUE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:.*");
  private static final Pattern SCRIPT_FILE = Pattern.compile(".+\\.(ts|mts|cts|tsx|js|mjs|cjs|jsx|py)");
  private static final Set<String> TWO_WORD_ACTIONS = Set.of("secret", "pages", "versions", "d1", "kv", "r2", "queues");

  private ShellCommands() {}

  /** Every wrangler command in {@code commandLine}; {@code directory} is where the line runs (relative, "" for the root). */
  public static List<WranglerCommand> parse(String commandLine, String source, int line, String directory) {
    List<WranglerCommand> out = new ArrayList<>();
    String cwd = directory;
    for (List<String> words : segments(ShellWords.split(commandLine))) {
      if (words.size() >= 2 && words.get(0).equals("cd")) {
        cwd = join(cwd, words.get(1));
        continue;
      }
      int at = wranglerIndex(words);
      if (at >= 0) {
        command(words.subList(at + 1, words.size()), source, line, cwd).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Where the shell stands after {@code commandLine} ran in {@code directory}: a {@code cd} line of a CI step's
   * script moves the lines after it ({@code cd worker} then {@code npx wrangler deploy src/index.ts} deploys
   * {@code worker/src/index.ts}).
   */
  public static String directoryAfter(String commandLine, String directory) {
    String cwd = directory;
    for (List<String> words : segments(ShellWords.split(commandLine))) {
      if (words.size() >= 2 && words.get(0).equals("cd")) {
        cwd = join(cwd, words.get(1));
      }
    }
    return cwd;
  }

  /** A file copy a script makes ({@code cp -r packages/app/dist/index.js dist/}), paths relative to the scanned directory. */
  public record Copy(String from, String to) {}

  /** Every {@code cp} in {@code commandLine}, with paths resolved against where it runs (after any {@code cd}). */
  public static List<Copy> copies(String commandLine, String directory) {
    List<Copy> out = new ArrayList<>();
    String cwd = directory;
    for (List<String> words : segments(ShellWords.split(commandLine))) {
      if (words.size() >= 2 && words.get(0).equals("cd")) {
        cwd = join(cwd, words.get(1));
        continue;
      }
      if (!words.isEmpty() && words.get(0).equals("cp")) {
        List<String> paths = words.stream().skip(1).filter(w -> !w.startsWith("-")).toList();
        if (paths.size() == 2 && !paths.get(0).contains("*") && !paths.get(0).contains("$")) {
          out.add(new Copy(join(cwd, paths.get(0)), join(cwd, paths.get(1)) + (paths.get(1).endsWith("/") ? "/" : "")));
        }
      }
    }
    return out;
  }

  /** A wrangler command from the words after {@code wrangler} (as a CI action's {@code command:} input gives them). */
  public static Optional<WranglerCommand> command(List<String> words, String source, int line, String directory) {
    List<String> positional = new ArrayList<>();
    List<String> vars = new ArrayList<>();
    List<WranglerCommand.CommandBinding> bindings = new ArrayList<>();
    Optional<String> env = Optional.empty();
    Optional<String> config = Optional.empty();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String flag = word.contains("=") && word.startsWith("-") ? word.substring(0, word.indexOf('=')) : word;
      Optional<String> inlineValue = flag.equals(word) ? Optional.empty() : Optional.of(word.substring(word.indexOf('=') + 1));
      if (flag.equals("--var")) {
        if (inlineValue.isPresent()) {
          vars.add(varName(inlineValue.get()));
        }
        while (inlineValue.isEmpty() && i + 1 < words.size() && VAR_VALUE.matcher(words.get(i + 1)).matches()) {
          vars.add(varName(words.get(++i)));
        }
      } else if (BINDING_FLAGS.containsKey(flag)) {
        String value = inlineValue.orElse(i + 1 < words.size() ? words.get(++i) : "");
        bindings.add(new WranglerCommand.CommandBinding(BINDING_FLAGS.get(flag), value.split("[=:]", 2)[0]));
      } else if (flag.equals("--env") || flag.equals("-e")) {
        env = inlineValue.or(() -> Optional.empty());
        if (inlineValue.isEmpty() && i + 1 < words.size()) {
          env = Optional.of(words.get(++i));
        }
      } else if (flag.equals("--config") || flag.equals("-c")) {
        config = inlineValue;
        if (inlineValue.isEmpty() && i + 1 < words.size()) {
          config = Optional.of(words.get(++i));
        }
      } else if (VALUE_FLAGS.contains(flag)) {
        i += inlineValue.isEmpty() ? 1 : 0;
      } else if (!word.startsWith("-")) {
        positional.add(word);
      }
    }
    if (positional.isEmpty()) {
      return Optional.empty();
    }
    boolean twoWords = TWO_WORD_ACTIONS.contains(positional.get(0)) && positional.size() > 1;
    String action = twoWords ? positional.get(0) + " " + positional.get(1) : positional.get(0);
    List<String> args = positional.subList(twoWords ? 2 : 1, positional.size());
    Optional<String> entry = action.equals("deploy") || action.equals("publish") || action.equals("versions upload") || action.equals("dev")
        ? args.stream().filter(a -> SCRIPT_FILE.matcher(a).matches()).findFirst() : Optional.empty();
    List<String> secrets = action.equals("secret put") && !args.isEmpty() ? List.of(args.get(0)) : List.of();
    return Optional.of(new WranglerCommand(source, line, directory, action, entry, config, env, vars, secrets, bindings));
  }

  private static String varName(String value) {
    return value.substring(0, value.indexOf(':') < 0 ? value.length() : value.indexOf(':'));
  }

  /** The command words between {@code &&}, {@code ||}, {@code ;} and {@code |}. */
  private static List<List<String>> segments(List<String> words) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String word : words) {
      if (Set.of("&&", "||", ";", "|", "&").contains(word)) {
        out.add(current);
        current = new ArrayList<>();
      } else if (word.endsWith(";") && word.length() > 1) {
        current.add(word.substring(0, word.length() - 1));
        out.add(current);
        current = new ArrayList<>();
      } else {
        current.add(word);
      }
    }
    out.add(current);
    return out;
  }

  /** Where {@code wrangler} is invoked: {@code wrangler}, {@code npx wrangler}, {@code wrangler@4}, {@code ./node_modules/.bin/wrangler}. */
  private static int wranglerIndex(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("wrangler") || w.endsWith("/wrangler") || w.startsWith("wrangler@")) {
        return i;
      }
    }
    return -1;
  }

  private static String join(String base, String dir) {
    String clean = dir.replaceAll("^\\./", "").replaceAll("/$", "");
    if (clean.equals(".") || clean.isEmpty()) {
      return base;
    }
    if (clean.startsWith("/") || clean.contains("$")) {
      return base; // absolute or expanded at run time: cannot be placed in the checkout
    }
    return java.nio.file.Path.of(base.isEmpty() ? "." : base).resolve(clean).normalize().toString().replace('\\', '/');
  }
}
