package dev.cfscale.parse.deploy;

import dev.cfscale.discover.InputFiles;
import dev.cfscale.parse.ts.ConfigObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code hub: { ... }} options of a {@code nuxt.config} using NuxtHub: which Cloudflare resources NuxtHub binds
 * for the app ({@code database} is D1 bound as {@code DB}, {@code kv} and {@code cache} are KV, {@code blob} is R2).
 * Read with the parser from the exported options ({@code defineNuxtConfig({ hub: {...} })}): the config is code, but
 * these options are literal in practice; a computed one ({@code kv: isProd}) is not counted.
 *
 * @param features the enabled options among {@code database}, {@code kv}, {@code blob} and {@code cache}
 */
public record NuxtHubOptions(Set<String> features) {
  /** The options that bind a resource; NuxtHub 0.10 names the database {@code db}. */
  private static final Set<String> RESOURCES = Set.of("database", "db", "kv", "blob", "cache");
  /** Set to {@code true}, a driver name ({@code db: 'sqlite'}) or an options object: enabled. */
  private static final Set<ConfigObject.Kind> ENABLED = EnumSet.of(ConfigObject.Kind.TRUE, ConfigObject.Kind.STRING,
      ConfigObject.Kind.OBJECT);

  public NuxtHubOptions {
    features = Set.copyOf(features);
  }

  /** The options in {@code nuxtConfig}; none when it cannot be read or has no {@code hub} block. */
  public static NuxtHubOptions read(Path nuxtConfig) {
    try {
      return parse(nuxtConfig.getFileName().toString(), InputFiles.readString(nuxtConfig));
    } catch (IOException | RuntimeException e) {
      return new NuxtHubOptions(Set.of());
    }
  }

  static NuxtHubOptions parse(String fileName, String text) {
    ConfigObject hub = ConfigObject.read(fileName, text).object("hub");
    Set<String> out = new LinkedHashSet<>();
    for (String key : hub.keys()) {
      if (RESOURCES.contains(key) && ENABLED.contains(hub.kind(key))) {
        out.add(key.equals("db") ? "database" : key);
      }
    }
    return new NuxtHubOptions(out);
  }
}
