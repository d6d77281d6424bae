package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Project;
import dev.cfscale.analysis.code.SourceModule;
import java.util.Optional;

/**
 * Nitro (Nuxt's server) imports every export of {@code server/utils/} into the server code implicitly:
 * a route calls {@code useDrizzle()} or reads {@code tables.todos} without an import statement. A name
 * used but not declared in a module under {@code server/} is the export of that name from the utils of
 * the same server folder.
 */
final class NitroAutoImports implements Convention {

  @Override
  public Optional<Declaration> autoImport(SourceModule module, String name, Project project) {
    Optional<String> server = serverFolder(module.relativePath());
    if (server.isEmpty()) {
      return Optional.empty();
    }
    String utils = server.get() + "utils/";
    for (SourceModule candidate : project.modules()) {
      String local = candidate.exports().get(name);
      if (local != null && candidate != module && candidate.relativePath().startsWith(utils)) {
        Optional<Declaration> d = candidate.topLevel().lookup(local);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code .../server/} folder a module is in ({@code apps/web/server/api/x.ts} gives {@code apps/web/server/}). */
  private static Optional<String> serverFolder(String relativePath) {
    String path = "/" + relativePath;
    int at = path.lastIndexOf("/server/");
    return at < 0 ? Optional.empty() : Optional.of(path.substring(1, at + "/server/".length()));
  }
}
