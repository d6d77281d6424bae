package dev.cfscale.analysis.code;

import dev.cfscale.discover.InputFiles;
import dev.cfscale.discover.SkippedFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a Worker's source files and resolves imports between them: relative specifiers, index files,
 * the {@code .js}-means-{@code .ts} convention, and tsconfig {@code paths} ({@link TsconfigPaths}). Dependencies
 * ({@code node_modules}), type declarations, tests and build output are never read.
 */
final class ModuleGraph {
  static final List<String> EXTENSIONS = List.of(".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs");

  private final Path root;
  private final Map<String, List<String>> pathAliases;
  private final WorkspacePackages workspace;

  /** True when {@code file} lies in the Worker's own folder (not a sibling package its imports reach). */
  boolean inWorkerFolder(Path file) {
    return file.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
  }

  ModuleGraph(Path root) {
    this(root, new WorkspacePackages(root));
  }

  ModuleGraph(Path root, WorkspacePackages workspace) {
    this.root = root;
    this.workspace = workspace;
    Map<String, List<String>> aliases = new TsconfigPaths(workspace.root()).of(root);
    nuxtAliases(aliases);
    svelteKitAliases(aliases);
    this.pathAliases = aliases;
  }

  /**
   * Nuxt's built-in aliases, which live in the generated {@code .nuxt/tsconfig.json} rather than the checkout:
   * {@code ~}/{@code @} for the source folder ({@code app/} when it exists, as in Nuxt 4), {@code ~~}/{@code @@} for
   * the root (https://nuxt.com/docs/api/nuxt-config#alias). Paths the project's tsconfig declares win.
   */
  private void nuxtAliases(Map<String, List<String>> aliases) {
    boolean nuxt = java.util.stream.Stream.of("nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs").anyMatch(n -> Files.isRegularFile(root.resolve(n)));
    if (!nuxt) {
      return;
    }
    Path source = Files.isDirectory(root.resolve("app")) ? root.resolve("app") : root;
    for (String alias : List.of("~/*", "@/*")) {
      aliases.putIfAbsent(alias, List.of(pattern(source)));
    }
    for (String alias : List.of("~~/*", "@@/*")) {
      aliases.putIfAbsent(alias, List.of(pattern(root)));
    }
  }

  /**
   * SvelteKit's {@code $lib} alias for {@code src/lib}, which lives in the generated {@code .svelte-kit/tsconfig.json} the
   * project's tsconfig extends (https://svelte.dev/docs/kit/$lib). Paths the project's tsconfig declares win.
   */
  private void svelteKitAliases(Map<String, List<String>> aliases) {
    boolean kit = java.util.stream.Stream.of("svelte.config.js", "svelte.config.ts", "svelte.config.mjs").anyMatch(n -> Files.isRegularFile(root.resolve(n)));
    if (!kit) {
      return;
    }
    Path lib = root.resolve("src").resolve("lib");
    aliases.putIfAbsent("$lib", List.of(pattern(lib).replaceFirst("/?\\*$", "")));
    aliases.putIfAbsent("$lib/*", List.of(pattern(lib)));
  }

  /** A paths target ({@code /repo/app/*}) for {@code folder}, in the form {@link TsconfigPaths} gives them. */
  private static String pattern(Path folder) {
    return folder.normalize().resolve("*").toString();
  }

  /** True for files the analysis reads: sources, not declarations, tests or generated output. */
  static boolean isSource(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".d.ts") || name.matches(".*\\.(test|spec)\\.[cm]?[jt]sx?$")) {
      return false;
    }
    return EXTENSIONS.stream().anyMatch(name::endsWith) || name.endsWith(".astro"); // Astro components: their frontmatter script
  }

  /** The source files under folder {@code at}, or {@code at} itself when it is one source file (a framework's {@code src/middleware.ts}). */
  List<Path> sourcesAt(Path at) {
    return Files.isRegularFile(at) && isSource(at) && noSkippedPart(root.relativize(at)) ? List.of(at) : allUnder(at);
  }

  /** Every source file under {@code dir} (for Pages Functions and Workers without a resolvable main). */
  List<Path> allUnder(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> root.relativize(p).toString().isEmpty() || noSkippedPart(dir.relativize(p)))
          .filter(Files::isRegularFile).filter(ModuleGraph::isSource).sorted().forEach(out::add);
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** True when no folder on {@code relative} is a dependency, VCS, build-output or test folder. */
  static boolean noSkippedPart(Path relative) {
    return !SkippedFolders.anySkippedForSources(relative);
  }

  private final Map<Specifier, Optional<Path>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

  /** An import specifier as written in a folder: what a resolution depends on (a record, so a lookup builds no string). */
  record Specifier(Path folder, String specifier) {}

  /**
   * The project file that {@code specifier} imported from {@code from} refers to, if it is one (memoized). A relative
   * import, an alias or a workspace package can point outside the scanned folder ({@code ../../../elsewhere}): such a
   * file is not the project's and is never read.
   */
  Optional<Path> resolve(Path from, String specifier) {
    // a relative import depends on the files alone: every Worker of the scanned folder shares its resolution (each
    // Worker of a monorepo resolves the imports of the same shared packages, a file-system probe per candidate)
    Map<Specifier, Optional<Path>> memo = relative(specifier) ? workspace.relativeImports() : resolved;
    return memo.computeIfAbsent(new Specifier(from.getParent(), specifier),
        k -> resolveUncached(from, specifier).filter(file -> InputFiles.isInside(workspace.root(), file)));
  }

  private static boolean relative(String specifier) {
    return specifier.startsWith("./") || specifier.startsWith("../");
  }

  private Optional<Path> resolveUncached(Path from, String specifier) {
    if (relative(specifier)) {
      return file(from.getParent().resolve(specifier).normalize());
    }
    Optional<Path> subpath = workspace.subpathImports().target(from, specifier).flatMap(this::file);
    if (subpath.isPresent()) {
      return subpath;
    }
    for (Map.Entry<String, List<String>> alias : pathAliases.entrySet()) {
      String pattern = alias.getKey();
      String prefix = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
      if (pattern.endsWith("*") ? specifier.startsWith(prefix) : specifier.equals(pattern)) {
        String rest = specifier.substring(prefix.length());
        for (String target : alias.getValue()) {
          Optional<Path> hit = file(Path.of(target.replace("*", rest)).normalize());
          if (hit.isPresent()) {
            return hit;
          }
        }
      }
    }
    for (Path candidate : workspace.candidates(specifier)) {
      Optional<Path> hit = file(candidate).or(() -> sourceForBuiltFile(candidate));
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** A package entry that points at build output ({@code dist/index.js}) read from its source twin ({@code src/index.ts}). */
  private Optional<Path> sourceForBuiltFile(Path built) {
    String text = built.toString().replace('\\', '/');
    for (String out : List.of("/dist/", "/build/", "/lib/")) {
      int at = text.lastIndexOf(out);
      if (at >= 0) {
        String stem = (text.substring(0, at) + "/src/" + text.substring(at + out.length())).replaceAll("\\.(d\\.ts|[cm]?js)$", "");
        return file(Path.of(stem));
      }
    }
    return Optional.empty();
  }

  private Optional<Path> file(Path base) {
    if (Files.isRegularFile(base) && isSource(base)) {
      return Optional.of(base);
    }
    String text = base.toString();
    for (String jsLike : List.of(".js", ".mjs", ".cjs", ".jsx")) {
      if (text.endsWith(jsLike)) {
        String stem = text.substring(0, text.length() - jsLike.length());
        for (String ext : List.of(".ts", ".tsx", ".mts", ".cts")) {
          Path candidate = Path.of(stem + ext);
          if (Files.isRegularFile(candidate)) {
            return Optional.of(candidate);
          }
        }
      }
    }
    for (String ext : EXTENSIONS) {
      Path candidate = Path.of(text + ext);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    for (String ext : EXTENSIONS) {
      Path index = base.resolve("index" + ext);
      if (Files.isRegularFile(index)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

}
