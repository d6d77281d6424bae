package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.models.guide.Area;
import dev.cfscale.rules.catalog.Rules;
import org.junit.jupiter.api.Test;

/** The one table from rule ids to the report's areas: prefixes, full-id exceptions, and a default for new prefixes. */
class AreaTest {

  @Test
  void of_usesTheLongestMatchingEntry() {
    assertThat(Area.of("d1/full-table-scan")).isEqualTo(Area.DATA_AND_STORAGE);
    assertThat(Area.of("durable-objects/kv-storage-backend")).isEqualTo(Area.DATA_AND_STORAGE);
    assertThat(Area.of("durable-objects/singleton-on-hot-path")).isEqualTo(Area.TRAFFIC_AND_QUEUES);
    assertThat(Area.of("workers/subrequests-in-loop")).isEqualTo(Area.PERFORMANCE);
    assertThat(Area.of("workers/observability-disabled")).isEqualTo(Area.OPERATIONS);
    assertThat(Area.of("secrets/plaintext-var")).isEqualTo(Area.SECURITY_AND_ABUSE);
    assertThat(Area.of("abuse/unauthenticated-expensive-route")).isEqualTo(Area.SECURITY_AND_ABUSE);
    assertThat(Area.of("queues/ack-on-failure")).isEqualTo(Area.TRAFFIC_AND_QUEUES);
  }

  @Test
  void of_givesANewPrefixAnArea() {
    assertThat(Area.of("pipelines/some-future-rule")).isEqualTo(Area.OPERATIONS);
    // every rule of the catalog lands somewhere, without an edit here
    Rules.all().forEach(r -> assertThat(Area.of(r.info().id())).isNotNull());
  }
}
