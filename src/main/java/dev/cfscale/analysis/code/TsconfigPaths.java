package dev.cfscale.analysis.code;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cfscale.discover.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The import aliases ({@code compilerOptions.paths}) a Worker folder's TypeScript setup declares, as TypeScript reads
 * them: from the nearest {@code tsconfig.json} (the folder's, else the closest one above it inside the scanned folder),
 * through {@code extends} (a monorepo's {@code ../../tsconfig.base.json}: the child's {@code paths} and {@code baseUrl}
 * replace the base's, each relative to the file that declares it) and, for a solution-style config with no paths of its
 * own, through its {@code references} (Vite's templates: {@code tsconfig.json} lists {@code tsconfig.app.json} and
 * {@code tsconfig.worker.json}). Targets come back as patterns in the form the folder was given ({@code apps/api/src/*}). Only files inside the
 * scanned folder are read; a base in {@code node_modules} or one that is not there only loses its aliases.
 * See https://www.typescriptlang.org/tsconfig/#extends and #paths.
 */
final class TsconfigPaths {
  private static final JsonMapper JSONC = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  /** A chain of bases longer than this is a cycle or a mistake, not a setup. */
  private static final int MAX_EXTENDS = 8;

  private final Path projectRoot;

  /** What one config (with its bases) sets: each value with the folder it is relative to, null when unset. */
  private record Options(JsonNode paths, Path pathsBase, Path baseUrl) {}

  TsconfigPaths(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  /** The aliases for code under {@code folder}, in declaration order: each to its target patterns. */
  Map<String, List<String>> of(Path folder) {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    Optional<Path> nearest = nearest(folder);
    if (nearest.isEmpty()) {
      return paths;
    }
    Options own = read(nearest.get(), 0);
    put(own, paths);
    if (own.paths() == null) {
      for (Path referenced : references(nearest.get())) {
        put(read(referenced, 0), paths);
      }
    }
    return paths;
  }

  /** The folder's own tsconfig.json, else the closest one above it that is still inside the scanned folder. */
  private Optional<Path> nearest(Path folder) {
    Path start = folder.toAbsolutePath().normalize();
    for (Path at = start; at != null && InputFiles.isInside(projectRoot, at); at = at.getParent()) {
      if (Files.isRegularFile(at.resolve("tsconfig.json"))) {
        // written as the folder is (relative or absolute), so module paths keep one form
        return Optional.of(folder.resolve(start.relativize(at)).resolve("tsconfig.json").normalize());
      }
    }
    return Optional.empty();
  }

  /** Adds one config's paths (targets made absolute) where an earlier config did not declare the alias. */
  private static void put(Options options, Map<String, List<String>> into) {
    if (options.paths() == null) {
      return;
    }
    Path base = options.baseUrl() != null ? options.baseUrl() : options.pathsBase();
    for (Iterator<Map.Entry<String, JsonNode>> it = options.paths().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> targets = new ArrayList<>();
      e.getValue().forEach(t -> targets.add(base.resolve(t.asText()).normalize().toString()));
      into.putIfAbsent(e.getKey(), targets);
    }
  }

  /** {@code tsconfig}'s options merged over those of the bases it extends (the last base of an array wins). */
  private Options read(Path tsconfig, int depth) {
    Optional<JsonNode> json = json(tsconfig);
    if (json.isEmpty()) {
      return new Options(null, null, null);
    }
    Options inherited = new Options(null, null, null);
    if (depth < MAX_EXTENDS) {
      for (Path base : extended(tsconfig, json.get().path("extends"))) {
        inherited = over(read(base, depth + 1), inherited);
      }
    }
    JsonNode options = json.get().path("compilerOptions");
    Path folder = tsconfig.getParent();
    Options own = new Options(options.path("paths").isObject() ? options.path("paths") : null, folder,
        options.path("baseUrl").isTextual() ? folder.resolve(options.path("baseUrl").asText()).normalize() : null);
    return over(own, inherited);
  }

  /** {@code top}'s values where it sets them, else {@code under}'s. */
  private static Options over(Options top, Options under) {
    return new Options(top.paths() != null ? top.paths() : under.paths(),
        top.paths() != null ? top.pathsBase() : under.pathsBase(),
        top.baseUrl() != null ? top.baseUrl() : under.baseUrl());
  }

  /** The project files {@code extends} names (a path or an array of paths; package bases are not read). */
  private List<Path> extended(Path tsconfig, JsonNode value) {
    List<Path> out = new ArrayList<>();
    List<JsonNode> names = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(names::add);
    } else if (value.isTextual()) {
      names.add(value);
    }
    for (JsonNode name : names) {
      String text = name.asText();
      if (text.startsWith("./") || text.startsWith("../")) {
        Path file = tsconfig.getParent().resolve(text).normalize();
        configFile(file).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The configs a solution-style tsconfig lists under {@code references} (a file, or a folder's tsconfig.json). */
  private List<Path> references(Path tsconfig) {
    List<Path> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    json(tsconfig).ifPresent(json -> json.path("references").forEach(ref -> {
      Path at = tsconfig.getParent().resolve(ref.path("path").asText("")).normalize();
      Path file = Files.isDirectory(at) ? at.resolve("tsconfig.json") : at;
      configFile(file).filter(seen::add).ifPresent(out::add);
    }));
    return out;
  }

  /** {@code file}, or {@code file.json} when the name was written without its extension, when it may be read. */
  private Optional<Path> configFile(Path file) {
    for (Path candidate : List.of(file, file.resolveSibling(file.getFileName() + ".json"))) {
      if (Files.isRegularFile(candidate) && InputFiles.isInside(projectRoot, candidate)
          && ModuleGraph.noSkippedPart(projectRoot.toAbsolutePath().normalize().relativize(candidate.toAbsolutePath().normalize()))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private Optional<JsonNode> json(Path tsconfig) {
    try {
      return Optional.of(JSONC.readTree(InputFiles.readString(projectRoot, tsconfig)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable tsconfig only loses alias resolution
    }
  }
}
