package dev.cfscale.analysis.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Third-party APIs that bill nothing per call (messaging bots, chat webhooks, code hosting), as listed with their sources in
 * {@code platform/free-apis.json}: a fetch to one carrying the Worker's token spends the owner's rate limit, not money.
 */
final class FreeApis {
  private FreeApis() {}

  private static final String RESOURCE = "/platform/free-apis.json";

  /** Loaded on first use: only a fetch carrying a credential asks. */
  private static final class Hosts {
    static final Set<String> ALL = load();
  }

  /** True when {@code host} is a listed host or a subdomain of one. */
  static boolean freeToCall(Optional<String> host) {
    if (host.isEmpty()) {
      return false;
    }
    for (String h = host.get(); ; h = h.substring(h.indexOf('.') + 1)) {
      if (Hosts.ALL.contains(h)) {
        return true;
      }
      if (h.indexOf('.') < 0) {
        return false;
      }
    }
  }

  private static Set<String> load() {
    try (InputStream in = FreeApis.class.getResourceAsStream(RESOURCE)) {
      JsonNode hosts = new ObjectMapper().readTree(in).path("hosts");
      Set<String> out = new HashSet<>();
      hosts.fieldNames().forEachRemaining(out::add);
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
