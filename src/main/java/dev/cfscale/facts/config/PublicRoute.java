package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Locale;
import java.util.Optional;

/**
 * A public address the Worker is published on: a route pattern ({@code api.example.com/*},
 * {@code *.example.com/*}) or a custom domain ({@code custom_domain = true}, the whole host).
 *
 * @param pattern the pattern as written (a custom domain is a bare host)
 * @param customDomain the entry is a custom domain rather than a route on a zone
 */
public record PublicRoute(String pattern, Location location, boolean customDomain) {

  /** The host part, lower case, without a scheme: {@code *.example.com} for {@code https://*.example.com/x*}. */
  public String hostPattern() {
    String p = pattern.toLowerCase(Locale.ROOT);
    int scheme = p.indexOf("://");
    if (scheme >= 0) {
      p = p.substring(scheme + 3);
    }
    int slash = p.indexOf('/');
    return slash >= 0 ? p.substring(0, slash) : p;
  }

  /**
   * True when every path of {@code host} reaches this Worker: a custom domain, or a route whose path is {@code /*}.
   * A route on part of a host ({@code example.com/api/*}) sends other paths elsewhere, and a fetch's path is not
   * always known, so it answers only for whole hosts.
   */
  public boolean servesWholeHost(String host) {
    String p = pattern.toLowerCase(Locale.ROOT);
    int scheme = p.indexOf("://");
    String rest = scheme >= 0 ? p.substring(scheme + 3) : p;
    int slash = rest.indexOf('/');
    String path = slash >= 0 ? rest.substring(slash) : "";
    boolean wholeHost = customDomain || path.isEmpty() || path.equals("/*") || path.equals("*");
    return wholeHost && matchesHost(host);
  }

  private boolean matchesHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    String p = hostPattern();
    if (p.startsWith("*")) {
      // `*.example.com` serves subdomains; `*example.com` also the apex
      String suffix = p.substring(1);
      return h.endsWith(suffix) && h.length() > suffix.length() || (!suffix.startsWith(".") && h.equals(suffix));
    }
    return h.equals(p);
  }

  /** The Worker name a {@code NAME.SUBDOMAIN.workers.dev} host addresses, when it is one. */
  public static Optional<String> workersDevName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (!h.endsWith(".workers.dev")) {
      return Optional.empty();
    }
    String[] labels = h.split("\\.");
    // name.account.workers.dev (four labels); a version or preview alias adds one in front
    return labels.length == 4 ? Optional.of(labels[0]) : Optional.empty();
  }
}
