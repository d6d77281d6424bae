package dev.cfscale.analysis.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cfscale.discover.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Node's subpath imports: a specifier starting with {@code #} ({@code import { ENV } from "#/config"}) is mapped by the
 * {@code imports} field of the package.json nearest the importing file ({@code "#/*": "./src/*"}), whichever folder the
 * Worker's config is in (https://nodejs.org/api/packages.html#subpath-imports). One per scanned folder, shared by its
 * Workers; neither the package.json looked for nor a mapped target may lie outside that folder.
 */
final class SubpathImports {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Conditions read, in this order, when a target is an object of conditions ({@code { "import": ..., "default": ... }}). */
  private static final List<String> CONDITIONS = List.of("workerd", "worker", "import", "default", "node", "require");
  private static final int MAX_FOLDERS_UP = 12;
  private final Map<Path, Optional<PackageImports>> byFolder = new ConcurrentHashMap<>();
  private final Path root;

  /** Subpath imports of the packages under {@code root}, the scanned folder. */
  SubpathImports(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The {@code imports} of one package.json and the folder it is in. */
  private record PackageImports(Path folder, JsonNode imports) {}

  /**
   * Where {@code specifier}, imported by {@code from}, points to (a path to resolve to a file), when it is a mapped subpath
   * import. The path has {@code from}'s form: relative to the working directory when {@code from} is (the scanned folder
   * given as {@code .}), since a module reached by two spellings of its path would be read as two modules.
   */
  Optional<Path> target(Path from, String specifier) {
    if (!specifier.startsWith("#")) {
      return Optional.empty();
    }
    return nearest(from.toAbsolutePath().normalize().getParent()).flatMap(p -> mapped(p, specifier))
        .filter(target -> InputFiles.isInside(root, target))
        .map(target -> from.isAbsolute() ? target : Path.of("").toAbsolutePath().relativize(target));
  }

  private static Optional<Path> mapped(PackageImports p, String specifier) {
    for (Iterator<Map.Entry<String, JsonNode>> it = p.imports().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String pattern = e.getKey();
      int star = pattern.indexOf('*');
      String rest;
      if (star < 0) {
        rest = specifier.equals(pattern) ? "" : null;
      } else {
        String prefix = pattern.substring(0, star);
        String suffix = pattern.substring(star + 1);
        boolean fits = specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length() >= prefix.length() + suffix.length();
        rest = fits ? specifier.substring(prefix.length(), specifier.length() - suffix.length()) : null;
      }
      Optional<String> target = rest == null ? Optional.empty() : text(e.getValue());
      if (target.isPresent() && target.get().startsWith("./")) {
        return Optional.of(p.folder().resolve(target.get().replace("*", rest)).normalize());
      }
    }
    return Optional.empty();
  }

  /** A target: a path, or the first condition of {@link #CONDITIONS} that gives one. */
  private static Optional<String> text(JsonNode target) {
    if (target.isTextual()) {
      return Optional.of(target.asText());
    }
    for (String condition : CONDITIONS) {
      if (target.has(condition)) {
        return text(target.get(condition));
      }
    }
    return Optional.empty();
  }

  private Optional<PackageImports> nearest(Path folder) {
    Path dir = folder;
    for (int up = 0; dir != null && dir.startsWith(root) && up < MAX_FOLDERS_UP; up++, dir = dir.getParent()) {
      Optional<PackageImports> found = byFolder.computeIfAbsent(dir, SubpathImports::read);
      if (found.isPresent()) {
        return found.get().imports() == null ? Optional.empty() : found;
      }
    }
    return Optional.empty();
  }

  /** The folder's package.json: its imports (null when it has none: the nearest package.json decides), or empty when there is none. */
  private static Optional<PackageImports> read(Path dir) {
    Path manifest = dir.resolve("package.json");
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try {
      JsonNode imports = JSON.readTree(InputFiles.readString(manifest)).path("imports");
      return Optional.of(new PackageImports(dir, imports.isObject() ? imports : null));
    } catch (IOException | RuntimeException e) {
      return Optional.of(new PackageImports(dir, null)); // unreadable: no subpath imports resolved through it
    }
  }
}
