package dev.cfscale.facts.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.findings.Location;
import org.junit.jupiter.api.Test;

class PublicRouteTest {
  private static final Location AT = new Location("wrangler.toml", 3, 1);

  @Test
  void wildcardSubdomainRoute_servesSubdomainsButNotTheApex() {
    PublicRoute route = new PublicRoute("*.shop.test/*", AT, false);
    assertThat(route.servesWholeHost("api.shop.test")).isTrue();
    assertThat(route.servesWholeHost("shop.test")).isFalse();
    assertThat(route.servesWholeHost("evilshop.test")).isFalse();
  }

  @Test
  void leadingWildcardWithoutDot_alsoServesTheApex() {
    PublicRoute route = new PublicRoute("*shop.test/*", AT, false);
    assertThat(route.servesWholeHost("shop.test")).isTrue();
    assertThat(route.servesWholeHost("www.shop.test")).isTrue();
  }

  @Test
  void routeOnPartOfAHost_doesNotClaimTheWholeHost() {
    assertThat(new PublicRoute("https://shop.test/api/*", AT, false).servesWholeHost("shop.test")).isFalse();
    assertThat(new PublicRoute("shop.test", AT, true).servesWholeHost("SHOP.test")).isTrue();
  }

  @Test
  void workersDevName_isTheFirstLabelOfAnAccountAddress() {
    assertThat(PublicRoute.workersDevName("billing.acme.workers.dev")).contains("billing");
    assertThat(PublicRoute.workersDevName("abc123-billing.acme.workers.dev")).contains("abc123-billing");
    assertThat(PublicRoute.workersDevName("v1.billing.acme.workers.dev")).isEmpty();
    assertThat(PublicRoute.workersDevName("acme.workers.dev")).isEmpty();
  }
}
