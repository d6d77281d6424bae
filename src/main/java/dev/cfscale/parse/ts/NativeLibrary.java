package dev.cfscale.parse.ts;

import com.caoccao.javet.swc4j.Swc4jLibLoader;
import com.caoccao.javet.swc4j.interfaces.ISwc4jLibLoadingListener;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points swc4j at a per-user cache folder for its native library. By default swc4j copies its 20 MB
 * library into a fresh temp folder on every JVM start; here it is unpacked once per version and reused.
 */
final class NativeLibrary {
  private static boolean configured;

  private NativeLibrary() {}

  static synchronized void configure() {
    if (configured) {
      return;
    }
    File dir = cacheDirectory().toFile();
    Swc4jLibLoader.setLibLoadingListener(new ISwc4jLibLoadingListener() {
      @Override
      public File getLibPath() {
        return dir;
      }

      @Override
      public boolean isDeploy() {
        // unpack only when this version's library is not there yet
        File[] existing = dir.listFiles((d, name) -> name.startsWith("libswc4j") && name.contains(".v.2.2.0."));
        return existing == null || existing.length == 0;
      }
    });
    configured = true;
  }

  private static Path cacheDirectory() {
    String home = System.getProperty("user.home");
    Path preferred = home == null ? null : Path.of(home, ".cache", "cfscale", "swc4j");
    try {
      if (preferred != null) {
        return Files.createDirectories(preferred);
      }
    } catch (Exception e) {
      // fall through to the temp folder when the home folder is not writable
    }
    try {
      return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "cfscale-swc4j"));
    } catch (Exception e) {
      throw new IllegalStateException("no writable folder for the TypeScript parser's native library", e);
    }
  }
}
