package dev.cfscale.analysis.code;

import dev.cfscale.discover.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The monorepo's own packages ({@code packages/db/package.json} named {@code @acme/db}), so an import of
 * {@code @acme/db} or {@code @acme/db/schema} from a Worker reaches the package's source instead of
 * stopping at {@code node_modules}. Only the scanned directory is searched; published dependencies are
 * never read.
 */
final class WorkspacePackages {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** package.json files deeper than this are not workspace packages in any layout seen in practice. */
  private static final int MAX_DEPTH = 5;
  /** Entry fields in the order bundlers prefer them for source: a TS "types"/"source" beats built output. */
  private static final List<String> ENTRY_FIELDS = List.of("source", "module", "main", "types");

  private final Path root;
  private final Map<String, PackageDir> byName = new HashMap<>();
  private final SubpathImports subpathImports;
  /** Relative imports resolved so far ({@link ModuleGraph#resolve}): they depend on the files only, not on the Worker. */
  private final Map<ModuleGraph.Specifier, java.util.Optional<Path>> relativeImports = new java.util.concurrent.ConcurrentHashMap<>();

  private record PackageDir(Path dir, JsonNode manifest) {}

  WorkspacePackages(Path root) {
    this.root = root;
    subpathImports = new SubpathImports(root);
    try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
      walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equals("package.json"))
          .filter(p -> ModuleGraph.noSkippedPart(root.relativize(p)))
          .sorted()
          .forEach(this::register);
    } catch (IOException | RuntimeException e) {
      // an unreadable tree only loses workspace resolution
    }
  }

  private void register(Path manifestFile) {
    try {
      JsonNode manifest = JSON.readTree(InputFiles.readString(manifestFile));
      String name = manifest.path("name").asText("");
      if (!name.isEmpty()) {
        byName.putIfAbsent(name, new PackageDir(manifestFile.getParent(), manifest));
      }
    } catch (IOException e) {
      // a broken package.json is not ours to report
    }
  }

  /** The scanned folder: nothing outside it is read. */
  Path root() {
    return root;
  }

  /** The relative imports resolved by every Worker of this scanned folder, shared (see {@link ModuleGraph#resolve}). */
  Map<ModuleGraph.Specifier, java.util.Optional<Path>> relativeImports() {
    return relativeImports;
  }

  /** The {@code #} imports of the packages under the scanned folder, read once for all its Workers. */
  SubpathImports subpathImports() {
    return subpathImports;
  }

  /** Candidate files for {@code specifier} when it names a workspace package or a path inside one. */
  List<Path> candidates(String specifier) {
    for (Map.Entry<String, PackageDir> e : byName.entrySet()) {
      String name = e.getKey();
      if (specifier.equals(name)) {
        return entryCandidates(e.getValue(), ".");
      }
      if (specifier.length() > name.length() && specifier.charAt(name.length()) == '/' && specifier.startsWith(name)) {
        return entryCandidates(e.getValue(), "./" + specifier.substring(name.length() + 1));
      }
    }
    return List.of();
  }

  private static List<Path> entryCandidates(PackageDir pkg, String subpath) {
    List<Path> out = new ArrayList<>();
    exportTarget(pkg.manifest().path("exports"), subpath).ifPresent(t -> out.add(pkg.dir().resolve(t).normalize()));
    if (subpath.equals(".")) {
      for (String field : ENTRY_FIELDS) {
        String target = pkg.manifest().path(field).asText("");
        if (!target.isEmpty()) {
          out.add(pkg.dir().resolve(target).normalize());
        }
      }
      out.add(pkg.dir().resolve("src/index"));
      out.add(pkg.dir().resolve("index"));
    } else {
      String rest = subpath.substring(2);
      out.add(pkg.dir().resolve("src").resolve(rest).normalize());
      out.add(pkg.dir().resolve(rest).normalize());
    }
    return out;
  }

  /** The file "exports" maps {@code subpath} to: a string, or the first string among its conditions. */
  private static Optional<String> exportTarget(JsonNode exports, String subpath) {
    if (exports.isTextual()) {
      return subpath.equals(".") ? Optional.of(exports.asText()) : Optional.empty();
    }
    JsonNode entry = exports.has(subpath) ? exports.get(subpath) : subpath.equals(".") && !exports.has(".") ? exports : null;
    return entry == null ? Optional.empty() : firstString(entry, 0);
  }

  private static Optional<String> firstString(JsonNode node, int depth) {
    if (node.isTextual()) {
      return Optional.of(node.asText());
    }
    if (depth > 4 || !node.isObject()) {
      return Optional.empty();
    }
    for (String condition : List.of("source", "workerd", "worker", "import", "default", "types")) {
      if (node.has(condition)) {
        Optional<String> hit = firstString(node.get(condition), depth + 1);
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return Optional.empty();
  }
}
