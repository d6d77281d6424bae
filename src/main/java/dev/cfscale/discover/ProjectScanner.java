package dev.cfscale.discover;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every Worker config under a directory: one per folder, chosen as wrangler chooses
 * ({@code wrangler.json} before {@code wrangler.jsonc} before {@code wrangler.toml}), skipping
 * dependencies, VCS data and build output. Symbolic links are not followed.
 */
public final class ProjectScanner {
  /** In wrangler's order of precedence within one folder. */
  public static final List<String> CONFIG_NAMES = List.of("wrangler.json", "wrangler.jsonc", "wrangler.toml");

  /** wrangler.&lt;name&gt;.toml/json/jsonc: another Worker deployed from the same folder with --config. */
  private static final java.util.regex.Pattern VARIANT_NAME = java.util.regex.Pattern.compile("wrangler\\.[\\w-]+\\.(toml|jsonc?)");

  private final List<PathMatcher> excludes;

  /** {@code excludeGlobs} are relative to the scanned directory, e.g. {@code legacy/**}. */
  public ProjectScanner(List<String> excludeGlobs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : excludeGlobs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    this.excludes = List.copyOf(matchers);
  }

  /** Scans {@code root} and returns what it found, with configs in a stable order. */
  public ProjectLayout scan(Path root) throws IOException {
    Map<Path, List<Path>> configsByFolder = new TreeMap<>();
    List<Path> variants = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && (SkippedFolders.skipped(dir.getFileName().toString()) || excluded(root, dir))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        if (CONFIG_NAMES.contains(name) && !excluded(root, file)) {
          configsByFolder.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(file);
        } else if (VARIANT_NAME.matcher(name).matches() && !excluded(root, file)) {
          variants.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // an unreadable folder is skipped, not fatal
      }
    });
    List<Path> chosen = new ArrayList<>();
    List<Path> shadowed = new ArrayList<>();
    for (List<Path> inFolder : configsByFolder.values()) {
      inFolder.sort((a, b) -> Integer.compare(rank(a), rank(b)));
      chosen.add(inFolder.get(0));
      shadowed.addAll(inFolder.subList(1, inFolder.size()));
    }
    variants.sort(null);
    return new ProjectLayout(root, chosen, shadowed, variants);
  }

  private boolean excluded(Path root, Path path) {
    Path relative = root.relativize(path);
    return excludes.stream().anyMatch(m -> m.matches(relative));
  }

  private static int rank(Path config) {
    return CONFIG_NAMES.indexOf(config.getFileName().toString());
  }
}
