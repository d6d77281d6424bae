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
 * Finds every Worker under a directory: the configs wrangler reads (one per folder, chosen as wrangler chooses:
 * {@code wrangler.json} before {@code wrangler.jsonc} before {@code wrangler.toml}), the other config files
 * users deploy with {@code --config} (environment files, variants, examples that are the only config of their
 * folder), and Workers with no config (Pages Functions, dashboard scripts). Test setups and build output are
 * skipped; every config-like file that is not audited is listed with the reason. Symbolic links are not followed.
 */
public final class ProjectScanner {
  /** In wrangler's order of precedence within one folder. */
  public static final List<String> CONFIG_NAMES = ConfigNames.DEFAULT_NAMES;


  private final List<PathMatcher> excludes;
  private final HandlerShapes shapes;
  private final DeployScripts scripts;

  /**
   * {@code excludeGlobs} are relative to the scanned directory, e.g. {@code legacy/**}; {@code shapes} reads a candidate
   * script of a config-less Worker, {@code scripts} a package.json's wrangler commands.
   */
  public ProjectScanner(List<String> excludeGlobs, HandlerShapes shapes, DeployScripts scripts) {
    this.shapes = shapes;
    this.scripts = scripts;
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : excludeGlobs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    this.excludes = List.copyOf(matchers);
  }

  /** Scans {@code root} and returns what it found, with configs in a stable order. */
  public ProjectLayout scan(Path root) throws IOException {
    Map<Path, List<Path>> configsByFolder = new TreeMap<>();
    List<Path> folders = new ArrayList<>();
    List<SkippedFile> linked = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && (SkippedFolders.skipped(dir.getFileName().toString()) || excluded(root, dir))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        folders.add(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && ConfigNames.classify(file.getFileName().toString()).isPresent() && !excluded(root, file)) {
          configsByFolder.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(file);
        } else if (attrs.isSymbolicLink() && ConfigNames.classify(file.getFileName().toString()).isPresent() && !excluded(root, file)) {
          linked.add(new SkippedFile(file, "config", SkippedFile.SYMBOLIC_LINK));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // an unreadable folder is skipped, not fatal
      }
    });
    List<DiscoveredConfig> chosen = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>(linked);
    for (Map.Entry<Path, List<Path>> folder : configsByFolder.entrySet()) {
      FolderConfigs.Choice choice = FolderConfigs.choose(folder.getValue(), TestSetups.testFolder(root, folder.getKey()));
      chosen.addAll(choice.audited());
      skipped.addAll(choice.skipped());
    }
    List<ConfiglessWorker> configless = new ConfiglessFinder(root, chosen, shapes, scripts).find(folders);
    return new ProjectLayout(root, chosen, skipped, configless);
  }

  private boolean excluded(Path root, Path path) {
    Path relative = root.relativize(path);
    return excludes.stream().anyMatch(m -> m.matches(relative));
  }
}
