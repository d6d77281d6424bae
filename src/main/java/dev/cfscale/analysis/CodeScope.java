package dev.cfscale.analysis;

import dev.cfscale.discover.SkippedFolders;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which code a Worker's audit reads, decided as wrangler or Pages would build it: the config's {@code main}, else
 * the entry a deploy script names ({@code wrangler deploy src/index.ts}), else Pages Functions or the usual source
 * folders. A {@code main} in build output, or one that does not exist, falls back to the sources beside the config
 * ({@code functions/} first: a Pages project with a stale {@code main}); a Python Worker is not parsed as JavaScript.
 * {@code description} says what was chosen and why, for the report.
 */
record CodeScope(Optional<Path> main, boolean pages, boolean analysed, String description) {
  private static final String SOURCE_FOLDERS = "src/, app/, server/";

  static CodeScope of(Path dir, WorkerConfig worker) {
    Optional<WorkerEnvironment> top = worker.environments().stream().filter(e -> e.environment().isEmpty()).findFirst()
        .or(() -> worker.environments().stream().findFirst());
    Optional<String> main = top.flatMap(WorkerEnvironment::main).flatMap(Setting::asText);
    if (main.isPresent()) {
      return entry(dir, main.get(), "main " + main.get());
    }
    if (worker.deploy().scriptEntry().isPresent()) {
      String entry = worker.deploy().scriptEntry().get();
      return entry(dir, entry, "entry " + entry + " from the deploy script (" + worker.deploy().scriptEntrySource().orElse("package.json") + ")");
    }
    if (top.map(e -> e.kind() == WorkerKind.PAGES).orElse(false)) {
      return new CodeScope(Optional.empty(), true, true, "Pages Functions under functions/");
    }
    return new CodeScope(Optional.empty(), false, true, "no main: read " + SOURCE_FOLDERS);
  }

  private static CodeScope entry(Path dir, String text, String said) {
    if (text.toLowerCase(Locale.ROOT).endsWith(".py")) {
      return new CodeScope(Optional.empty(), false, false, "Python Worker (" + said + "): Python code is not analysed");
    }
    Path file = dir.resolve(text).normalize();
    if (SkippedFolders.anySkipped(dir.relativize(file))) {
      return new CodeScope(Optional.empty(), false, true, said + " is build output: read " + SOURCE_FOLDERS + " instead");
    }
    if (!Files.isRegularFile(file)) {
      if (Files.isDirectory(dir.resolve("functions"))) {
        return new CodeScope(Optional.empty(), true, true, said + " does not exist: read functions/ (Pages Functions) instead");
      }
      return new CodeScope(Optional.empty(), false, true, said + " does not exist: read " + SOURCE_FOLDERS + " instead");
    }
    return new CodeScope(Optional.of(file), false, true, said);
  }
}
