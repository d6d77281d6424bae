package dev.cfscale.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds Workers deployed without a wrangler config: a Pages project whose {@code functions/} folder exports
 * {@code onRequest} handlers (bindings set in the dashboard), a SvelteKit or Astro app built with its Cloudflare adapter
 * for Pages, and a single script with a {@code fetch} handler
 * meant to be pasted into the dashboard. Only folders with no config of their own are considered; below a
 * config, a Pages project needs its own package.json, and a script is never another Worker there (a config's own
 * sources are its code).
 */
final class ConfiglessFinder {
  private static final Set<String> SCRIPT_NAMES = Set.of("index.js", "index.mjs", "worker.js", "worker.mjs", "_worker.js", "main.js");
  private static final Set<String> SCRIPT_EXTENSIONS = Set.of(".js", ".mjs", ".ts");
  private static final List<String> NUXT_CONFIGS = List.of("nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs");
  /** A framework's config file and the Cloudflare adapter it names when the app is built for Pages or Workers. */
  private record AdapterConfig(String file, String adapter) {}
  private static final List<AdapterConfig> ADAPTER_CONFIGS = List.of(
      new AdapterConfig("svelte.config.js", "@sveltejs/adapter-cloudflare"), new AdapterConfig("svelte.config.ts", "@sveltejs/adapter-cloudflare"),
      new AdapterConfig("svelte.config.mjs", "@sveltejs/adapter-cloudflare"), new AdapterConfig("astro.config.mjs", "@astrojs/cloudflare"),
      new AdapterConfig("astro.config.ts", "@astrojs/cloudflare"), new AdapterConfig("astro.config.js", "@astrojs/cloudflare"));
  /**
   * Where a Worker's entry lives when its deploy script names none (the config that would name it is not in the
   * repository): the paths wrangler's templates and {@code npm create cloudflare} write, in that order.
   */
  private static final List<String> CONVENTIONAL_ENTRIES = List.of("src/index.ts", "src/index.js", "src/index.mjs", "src/index.tsx",
      "src/worker.ts", "src/worker.js", "index.ts", "worker.ts");
  private static final long MAX_SCRIPT_BYTES = 2L * 1024 * 1024;
  private static final int MAX_FUNCTION_FILES = 200;

  private final Path root;
  private final Set<Path> configFolders;
  private final HandlerShapes shapes;
  private final DeployScripts scripts;

  ConfiglessFinder(Path root, List<DiscoveredConfig> configs, HandlerShapes shapes, DeployScripts scripts) {
    this.root = root;
    this.shapes = shapes;
    this.scripts = scripts;
    this.configFolders = configs.stream().map(c -> c.file().toAbsolutePath().normalize().getParent()).collect(Collectors.toSet());
  }

  /** Config-less Workers among {@code folders} (every folder the scan visited), in folder order. */
  List<ConfiglessWorker> find(List<Path> folders) {
    List<ConfiglessWorker> out = new ArrayList<>();
    for (Path folder : folders) {
      Path dir = folder.toAbsolutePath().normalize();
      if (configFolders.contains(dir) || TestSetups.testFolder(root, folder).isPresent() || insideFunctions(dir)) {
        continue;
      }
      Path functions = folder.resolve("functions");
      // a project of its own: not a source folder of a configured Worker (src/functions/ is that Worker's code)
      boolean ownProject = !underConfig(dir) || Files.isRegularFile(folder.resolve("package.json"));
      Optional<Path> nuxtHub = nuxtHubConfig(folder);
      Optional<Path> adapted = underConfig(dir) ? Optional.empty() : adapterConfig(folder);
      if (nuxtHub.isPresent()) {
        out.add(new ConfiglessWorker(folder, ConfiglessWorker.Kind.NUXT_HUB, nuxtHub.get()));
      } else if (ownProject && Files.isDirectory(functions) && hasPagesHandlers(functions)) {
        out.add(new ConfiglessWorker(folder, ConfiglessWorker.Kind.PAGES_FUNCTIONS, functions));
      } else if (adapted.isPresent()) {
        out.add(new ConfiglessWorker(folder, ConfiglessWorker.Kind.FRAMEWORK_APP, adapted.get()));
      } else if (!underConfig(dir)) {
        script(folder).map(s -> new ConfiglessWorker(folder, ConfiglessWorker.Kind.SCRIPT, s))
            .or(() -> deployedEntry(folder).map(s -> new ConfiglessWorker(folder, ConfiglessWorker.Kind.DEPLOYED_SCRIPT, s)))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /** A {@code nuxt.config} that loads the NuxtHub module, which deploys the app and binds its database without a wrangler config. */
  private Optional<Path> nuxtHubConfig(Path folder) {
    for (String name : NUXT_CONFIGS) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file) && loads(file, "@nuxthub/core")) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code svelte.config} or {@code astro.config} that loads the framework's Cloudflare adapter, in a folder with no
   * wrangler config at or above it: Pages' Git integration builds and deploys such an app with the bindings set in the
   * dashboard (https://developers.cloudflare.com/pages/framework-guides/deploy-a-svelte-kit-site/).
   */
  private Optional<Path> adapterConfig(Path folder) {
    for (AdapterConfig candidate : ADAPTER_CONFIGS) {
      Path file = folder.resolve(candidate.file());
      if (Files.isRegularFile(file) && loads(file, candidate.adapter())) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /** The config loads the package, as the parser reads it; a config whose text does not name the package is not parsed. */
  private boolean loads(Path config, String packageName) {
    return read(config).filter(t -> t.contains(packageName))
        .map(t -> shapes.loadsPackage(config.getFileName().toString(), t, packageName)).orElse(false);
  }

  private boolean underConfig(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (configFolders.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideFunctions(Path dir) {
    for (Path p = dir; p != null && p.getFileName() != null; p = p.getParent()) {
      if (p.getFileName().toString().equals("functions")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a script under {@code functions/} exports a Pages handler. The parser decides; a file that does not contain
   * the text {@code onRequest} cannot export one and is not parsed (discovery visits every folder, so it parses only
   * candidates).
   */
  private boolean hasPagesHandlers(Path functions) {
    try (Stream<Path> files = Files.walk(functions, 8)) {
      return files.filter(f -> !f.toString().contains("node_modules")).filter(ConfiglessFinder::isScript)
          .limit(MAX_FUNCTION_FILES).anyMatch(f -> read(f).filter(t -> t.contains("onRequest"))
              .map(t -> shapes.exportsPagesHandler(f.getFileName().toString(), t)).orElse(false));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A dashboard script: a conventionally named file with a fetch listener or a default export with fetch, as the parser
   * reads it; a file without the text {@code fetch} cannot be either and is not parsed.
   */
  private Optional<Path> script(Path folder) {
    for (String name : SCRIPT_NAMES.stream().sorted().toList()) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file) && read(file).filter(t -> t.contains("fetch")).map(t -> shapes.servesFetch(name, t)).orElse(false)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * The entry of a Worker the folder's package.json deploys or runs with wrangler although no config of it is in the
   * repository (generated by a build step, or kept out of version control with its IDs): the script the command names,
   * else the conventional {@code src/index.ts}. A command whose {@code --config} file exists deploys that config's Worker,
   * found on its own; an entry outside the folder or missing is not guessed at.
   */
  private Optional<Path> deployedEntry(Path folder) {
    Path manifest = folder.resolve("package.json");
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    Optional<DeployScripts.ScriptedWorker> worker = scripts.scriptedWorker(manifest);
    if (worker.isEmpty() || worker.get().config().map(c -> Files.isRegularFile(inside(folder, c).orElse(folder))).orElse(false)) {
      return Optional.empty();
    }
    Optional<Path> named = worker.get().entry().flatMap(e -> inside(folder, e)).filter(ConfiglessFinder::isScript);
    return named.or(() -> CONVENTIONAL_ENTRIES.stream().map(folder::resolve).filter(ConfiglessFinder::isScript).findFirst());
  }

  /** {@code relative} resolved in {@code folder}, if it stays inside it. */
  private static Optional<Path> inside(Path folder, String relative) {
    try {
      Path base = folder.toAbsolutePath().normalize();
      Path resolved = base.resolve(relative).normalize();
      return resolved.startsWith(base) ? Optional.of(resolved) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty(); // not a path on this system
    }
  }

  private static boolean isScript(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && !name.endsWith(".d.ts") && SCRIPT_EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static Optional<String> read(Path file) {
    try {
      return Files.size(file) > MAX_SCRIPT_BYTES ? Optional.empty() : Optional.of(InputFiles.readString(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or not UTF-8: not a script we can analyse anyway
    }
  }
}
