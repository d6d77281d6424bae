package dev.cfscale.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The per-user cache folder ({@code $XDG_CACHE_HOME/cfscale}, else {@code ~/.cache/cfscale}) where the native
 * libraries of the parsers (SWC, SQLite) are unpacked once per version instead of on every start. The launcher
 * keeps its class-data-sharing archive there too. Falls back to the temp folder when home is not writable.
 */
public final class NativeCache {
  private NativeCache() {}

  /** The cache folder {@code name} (created), e.g. {@code swc4j/2.2.0}. */
  public static Path directory(String name) {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg, "cfscale") : home == null ? null : Path.of(home, ".cache", "cfscale");
    try {
      if (root != null) {
        return Files.createDirectories(root.resolve(name));
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the temp folder when the home folder is not writable
    }
    try {
      return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "cfscale-" + System.getProperty("user.name", "user"), name));
    } catch (IOException e) {
      throw new IllegalStateException("no writable folder for the parsers' native libraries", e);
    }
  }

  /**
   * The file {@code fileName} in cache folder {@code name}, unpacked from class-path resource {@code resource} of
   * {@code owner} when it is not there yet (written to a temporary name, then moved, so concurrent runs never load
   * a half-written library); empty when the resource does not exist for this platform or cannot be written.
   */
  public static Optional<Path> unpacked(Class<?> owner, String resource, String name, String fileName) {
    try {
      Path target = directory(name).resolve(fileName);
      if (Files.isRegularFile(target) && Files.size(target) > 0) {
        return Optional.of(target);
      }
      try (InputStream in = owner.getResourceAsStream(resource)) {
        if (in == null) {
          return Optional.empty();
        }
        Path temp = Files.createTempFile(target.getParent(), fileName, ".part");
        try {
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
          temp.toFile().setExecutable(true);
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
      return Optional.of(target);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
