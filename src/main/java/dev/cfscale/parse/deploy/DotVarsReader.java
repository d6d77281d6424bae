package dev.cfscale.parse.deploy;

import dev.cfscale.discover.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Names (never values) defined in a Worker folder's local secret files: {@code .dev.vars}, {@code .dev.vars.<env>},
 * {@code .dev.vars.example}, {@code .env}, {@code .env.example}. A name there is supplied to the deployed Worker as
 * a secret ({@code wrangler secret put}), not through the config.
 */
public final class DotVarsReader {

  private DotVarsReader() {}

  /** Every name defined in the local secret files of {@code dir}. */
  public static Set<String> names(Path dir) {
    Set<String> names = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(DotVarsReader::isSecretsFile).sorted().toList()) {
        InputFiles.readString(file).lines().toList().stream().map(String::trim).filter(l -> !l.startsWith("#"))
            .map(l -> l.replaceFirst("^export\\s+", "")).filter(l -> l.matches("[A-Za-z_][A-Za-z0-9_]*\\s*=.*"))
            .map(l -> l.substring(0, l.indexOf('=')).trim()).forEach(names::add);
      }
    } catch (IOException | RuntimeException e) {
      return names; // unreadable or not text: nothing known
    }
    return names;
  }

  private static boolean isSecretsFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.equals(".dev.vars") || name.startsWith(".dev.vars.") || name.equals(".env")
        || name.startsWith(".env."));
  }
}
