package dev.cfscale.discover;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one list of folders cfscale never reads: dependencies, VCS and IDE data, tool caches and build
 * output (for configs, sources, workspace packages and a {@code main} that points into generated code),
 * plus test folders when reading sources. Symbolic links are never followed either.
 */
public final class SkippedFolders {
  private SkippedFolders() {}

  /** Installed dependencies, VCS and IDE data, tool caches. */
  private static final Set<String> NOT_PROJECT_SOURCE = Set.of("node_modules", ".git", ".hg", ".svn", ".idea", ".vscode",
      ".wrangler", ".mf", ".turbo", ".cache", "coverage");

  /** Generated output of bundlers and frameworks (wrangler, Vite, Next.js/OpenNext, Nuxt/Nitro, SvelteKit, Vercel, Maven). */
  private static final Set<String> BUILD_OUTPUT = Set.of("dist", "build", "out", ".output", ".open-next", ".next", ".nuxt",
      ".svelte-kit", ".vercel", "target");

  /** Tests and their fixtures: code that never runs in the deployed Worker. */
  private static final Set<String> TESTS = Set.of("test", "tests", "__tests__", "__mocks__", "e2e");

  /** True for a folder that holds no project input: dependencies, VCS/IDE data, caches, build output. */
  public static boolean skipped(String folderName) {
    return NOT_PROJECT_SOURCE.contains(folderName) || BUILD_OUTPUT.contains(folderName);
  }

  /** True for a folder whose code is not the Worker's source: {@link #skipped} ones and test folders. */
  public static boolean skippedForSources(String folderName) {
    return skipped(folderName) || TESTS.contains(folderName);
  }

  /** True when some folder on {@code relative} is {@link #skipped} (a {@code main} inside {@code dist/}). */
  public static boolean anySkipped(Path relative) {
    return any(relative, SkippedFolders::skipped);
  }

  /** True when some folder on {@code relative} is {@link #skippedForSources}. */
  public static boolean anySkippedForSources(Path relative) {
    return any(relative, SkippedFolders::skippedForSources);
  }

  private static boolean any(Path relative, Predicate<String> skip) {
    for (Path part : relative) {
      if (skip.test(part.toString())) {
        return true;
      }
    }
    return false;
  }
}
