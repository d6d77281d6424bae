package dev.cfscale.parse.sql;

import dev.cfscale.parse.NativeCache;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads SQLite's native library from the per-user cache ({@link NativeCache}), unpacked once per sqlite-jdbc
 * version; by default the driver unpacks it into the temp folder on every start. Only a run that plans SQL
 * (a D1 binding, a Durable Object's SQL) gets here, so other runs never load SQLite. Settings made by the
 * caller ({@code -Dorg.sqlite.lib.path}) are left alone.
 */
final class NativeSqlite {
  private static boolean configured;

  private NativeSqlite() {}

  static synchronized void configure() {
    if (configured || System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    configured = true;
    try {
      String name = System.mapLibraryName("sqlitejdbc");
      String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
      Optional<Path> library = NativeCache.unpacked(org.sqlite.SQLiteJDBCLoader.class, resource,
          "native/sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion(), name);
      library.ifPresent(p -> {
        System.setProperty("org.sqlite.lib.path", p.getParent().toString());
        System.setProperty("org.sqlite.lib.name", name);
      });
    } catch (RuntimeException | LinkageError e) {
      // the driver's own unpacking still works
    }
  }
}
