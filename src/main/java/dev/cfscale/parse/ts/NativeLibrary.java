package dev.cfscale.parse.ts;

import com.caoccao.javet.swc4j.Swc4jLibLoader;
import com.caoccao.javet.swc4j.interfaces.ISwc4jLibLoadingListener;
import dev.cfscale.parse.NativeCache;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Points swc4j at its native library in the per-user cache ({@link NativeCache}), unpacked once per version. Left
 * to itself swc4j copies its 20 MB library into a fresh folder on every JVM start, which is most of the parser's
 * start-up cost. On a platform whose library name is not known here, swc4j's own unpacking is used.
 */
final class NativeLibrary {
  /** The swc4j version the build bundles (its library file names carry it). */
  static final String VERSION = "2.2.0";
  private static boolean configured;

  private NativeLibrary() {}

  static synchronized void configure() {
    if (configured) {
      return;
    }
    Optional<Path> library = libraryFileName().flatMap(name ->
        NativeCache.unpacked(Swc4jLibLoader.class, "/" + name, "native/swc4j-" + VERSION, name));
    File dir = library.map(p -> p.getParent().toFile()).orElseGet(() -> NativeCache.directory("swc4j").toFile());
    Swc4jLibLoader.setLibLoadingListener(new ISwc4jLibLoadingListener() {
      @Override
      public File getLibPath() {
        return dir;
      }

      @Override
      public boolean isDeploy() {
        return library.isEmpty();
      }
    });
    configured = true;
  }

  /** swc4j's file name for this platform ({@code libswc4j-linux-x86_64.v.2.2.0.so}), when known. */
  static Optional<String> libraryFileName() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osName = os.contains("linux") ? "linux" : os.contains("mac") ? "macos" : os.contains("windows") ? "windows" : "";
    String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "";
    if (osName.isEmpty() || archName.isEmpty()) {
      return Optional.empty();
    }
    String extension = osName.equals("linux") ? "so" : osName.equals("macos") ? "dylib" : "dll";
    String prefix = osName.equals("windows") ? "" : "lib";
    return Optional.of(prefix + "swc4j-" + osName + "-" + archName + ".v." + VERSION + "." + extension);
  }
}
