package dev.cfscale.analysis;

import dev.cfscale.discover.InputFiles;
import dev.cfscale.discover.ProjectLayout;
import dev.cfscale.discover.SkippedFolders;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which code a Worker's audit reads, decided as wrangler or Pages would build it: the config's {@code main}, else
 * the entry a deploy script names ({@code wrangler deploy src/index.ts}), else Pages Functions or the usual source
 * folders. A {@code main} in build output, or one that does not exist, falls back to the sources beside the config
 * ({@code functions/} first: a Pages project with a stale {@code main}); a Python Worker is not parsed as JavaScript.
 * {@code description} says what was chosen and why, for the report. An entry that resolves outside the scanned
 * folder ({@code main = "../../../etc/passwd"}, or through a link) is refused: {@code refusal} says so.
 */
record CodeScope(Optional<Path> main, boolean pages, boolean analysed, String description, Optional<String> refusal) {
  CodeScope(Optional<Path> main, boolean pages, boolean analysed, String description) {
    this(main, pages, analysed, description, Optional.empty());
  }

  private static final String SOURCE_FOLDERS = "src/, app/, server/";

  static CodeScope of(Path root, Path dir, WorkerConfig worker) {
    Optional<WorkerEnvironment> top = worker.environments().stream().filter(e -> e.environment().isEmpty()).findFirst()
        .or(() -> worker.environments().stream().findFirst());
    Optional<String> main = top.flatMap(WorkerEnvironment::main).flatMap(Setting::asText);
    if (main.isPresent()) {
      return entry(root, dir, main.get(), "main " + main.get(), worker);
    }
    if (worker.deploy().scriptEntry().isPresent()) {
      String entry = worker.deploy().scriptEntry().get();
      return entry(root, dir, entry, "entry " + entry + " from the deploy script (" + worker.deploy().scriptEntrySource().orElse("package.json") + ")",
          worker);
    }
    if (top.map(e -> e.kind() == WorkerKind.PAGES).orElse(false)) {
      // a framework app on Pages (SvelteKit, Remix, Nuxt, Astro with their Cloudflare adapters) has no functions/: its
      // adapter builds the server code of its source folders into the output's _worker.js
      return Files.isDirectory(dir.resolve("functions")) ? new CodeScope(Optional.empty(), true, true, "Pages Functions under functions/")
          : new CodeScope(Optional.empty(), false, true, "Pages project without functions/: read " + SOURCE_FOLDERS
              + " (a framework's server code, which its adapter builds into _worker.js)");
    }
    return new CodeScope(Optional.empty(), false, true, "no main: read " + SOURCE_FOLDERS);
  }

  /** The file a build script copies to {@code file} ({@code cp packages/app/dist/index.js dist/}), relative to the root. */
  private static Optional<String> copiedFrom(Path root, Path file, WorkerConfig worker) {
    String target = ProjectLayout.slashed(root.relativize(file));
    for (Map.Entry<String, String> copy : worker.deploy().copiedFrom().entrySet()) {
      String to = copy.getKey();
      String name = Path.of(copy.getValue()).getFileName().toString();
      if (to.equals(target) || (to.endsWith("/") ? to : to + "/").concat(name).equals(target)) {
        return Optional.of(copy.getValue());
      }
    }
    return Optional.empty();
  }

  /** The source a build output file is built from: {@code pkg/dist/index.js} -> {@code pkg/src/index.ts}, when it exists. */
  private static Optional<Path> sourceOf(Path built) {
    String text = built.normalize().toString().replace('\\', '/');
    String source = text.replaceFirst("/(dist|build|out)/", "/src/").replaceFirst("\\.(c|m)?js$", "");
    if (source.equals(text)) {
      return Optional.empty();
    }
    for (String ext : List.of(".ts", ".tsx", ".mts", ".js", ".mjs", ".jsx")) {
      Path candidate = Path.of(source + ext);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static CodeScope entry(Path root, Path dir, String text, String said, WorkerConfig worker) {
    if (text.toLowerCase(Locale.ROOT).endsWith(".py")) {
      return new CodeScope(Optional.empty(), false, false, "Python Worker (" + said + "): Python code is not analysed");
    }
    Path file = dir.resolve(text).normalize();
    if (!InputFiles.isInside(root, file)) {
      String refusal = said + " is outside the scanned folder: not read (cfscale reads only the project it audits)";
      return new CodeScope(Optional.empty(), false, false, refusal, Optional.of(refusal));
    }
    boolean built = SkippedFolders.anySkipped(dir.relativize(file)) || !Files.isRegularFile(file);
    if (built && Files.isRegularFile(dir.resolve("Cargo.toml"))) {
      // workers-rs: worker-build compiles the crate to WebAssembly and writes the JavaScript shim main names
      return new CodeScope(Optional.empty(), false, false, "Rust Worker (" + said + ", built from Cargo.toml): Rust code is not analysed");
    }
    if (SkippedFolders.anySkipped(dir.relativize(file))) {
      Optional<String> from = copiedFrom(root, file, worker);
      Optional<Path> source = from.flatMap(f -> sourceOf(root.resolve(f)));
      if (source.isPresent()) {
        return new CodeScope(source, false, true, said + " is copied from " + from.get() + " by a build script: read "
            + ProjectLayout.slashed(root.relativize(source.get())) + " and its imports");
      }
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
