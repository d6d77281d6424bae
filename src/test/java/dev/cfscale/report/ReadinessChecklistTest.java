package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readiness checklist on a project that has what each check looks for (src/test/resources/report/ready): a
 * rate-limit binding and a Terraform rate-limiting ruleset, observability, a workflow deploying --env production, a
 * D1 export script, a nightly rclone copy of its R2 bucket and a runbook, a k6 test; the bundled example, which has none of
 * them, fails them (ReportHtmlTest).
 */
class ReadinessChecklistTest {
  private static Document page;

  @BeforeAll
  static void render() {
    page = Jsoup.parse(ReportRun.of(Path.of("src/test/resources/report/ready"), "html"));
  }

  private static Element check(String title) {
    return page.select("#readiness li").stream().filter(li -> li.selectFirst("b").text().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void everyApplicableCheck_passesWithItsEvidence() {
    assertThat(page.select("#readiness .score").text()).isEqualTo("7/7 applicable checks pass");
    assertThat(check("Rate limiting policies implemented").text()).contains("rate-limit binding LIMITER at wrangler.toml:18")
        .contains("infra/edge.tf:5 (ruleset in phase http_ratelimit)");
    assertThat(check("CI/CD pipelines automated").text()).contains("CI deploys environment(s) production")
        .contains(".github/workflows/deploy.yml");
    assertThat(check("Backup and recovery procedures tested").text()).contains("D1 Time Travel restores any minute of the last 30 days")
        .contains("package.json (wrangler d1 export)")
        .contains(".github/workflows/backup.yml:10 (copies objects: rclone sync r2:ready-files-production");
    assertThat(check("Incident response procedures documented").text()).contains("docs/RUNBOOK.md");
    assertThat(check("Performance benchmarks established").text()).contains("load/smoke.k6.js");
    assertThat(check("Security policies and WAF rules active").text()).contains("are kept as Terraform");
    assertThat(check("Analytics and monitoring configured").text()).contains("ready-api: observability at wrangler.toml:6");
  }

  @Test
  void bucketThatNothingCopies_failsTheBackupCheckAndSaysWhatIsMissing() {
    Document uncopied = Jsoup.parse(ReportRun.of(Path.of("src/test/resources/report/bucket-uncopied"), "html"));
    Element backup = uncopied.select("#readiness li").stream()
        .filter(li -> li.selectFirst("b").text().equals("Backup and recovery procedures tested")).findFirst().orElseThrow();
    assertThat(backup.text()).contains("R2 keeps no copies of overwritten or deleted objects")
        .contains("no script, workflow or document copies the R2 buckets elsewhere").doesNotContain("D1");
    assertThat(backup.className()).isEqualTo("mark-bad");
  }

  @Test
  void workersOnlyProject_hasNoServersOrPoolsToCheck() {
    assertThat(check("SSH access configured with short-lived certificates").text()).contains("not applicable")
        .contains("a Workers-only project has no servers to SSH into");
    assertThat(check("Load balancing pools created across regions").text()).contains("not applicable");
    assertThat(check("Durable Objects for stateful features").text()).contains("not applicable").contains("no shared mutable state");
  }
}
