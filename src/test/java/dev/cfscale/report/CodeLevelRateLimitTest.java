package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A project that limits requests with its own counter (a rate-limiter class over KV) passes the report's rate-limiting
 * check with that class as evidence, though it has no rate-limit binding (src/test/resources/report/code-limiter).
 */
class CodeLevelRateLimitTest {

  @Test
  void limiterCountedInCode_passesTheRateLimitingCheck() {
    Document page = Jsoup.parse(ReportRun.of(Path.of("src/test/resources/report/code-limiter"), "html"));
    String check = page.select("#readiness li").stream().filter(li -> li.selectFirst("b").text().equals("Rate limiting policies implemented"))
        .findFirst().orElseThrow().text();
    assertThat(check).contains("passed").contains("code-level limit FixedWindowRateLimiter (KV Namespace) at src/index.ts:11");
  }
}
