package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import dev.cfscale.models.guide.Area;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML guide of the bundled example, parsed: its sections, numbers, charts and links, and that it is self-contained. */
class ReportHtmlTest {
  private static String html;
  private static Document page;

  @BeforeAll
  static void render() {
    html = ReportRun.of(ReportRun.EXAMPLE, "html");
    page = Jsoup.parse(html);
  }

  @Test
  void page_hasTheNineSectionsInOrder() {
    List<String> ids = page.select("main > section[id]").eachAttr("id");
    assertThat(ids).containsSubsequence("setup", "breaks", "cost", "matrix", "findings", "readiness", "tiers", "roadmap", "metrics");
    assertThat(page.select("main > section > h2").eachText()).containsSubsequence("1. Current setup", "2. What breaks first",
        "3. Cost by traffic tier", "4. Decision matrix", "5. Findings by area", "6. Production readiness checklist", "7. Tier checklist",
        "8. Roadmap", "9. Metrics to watch");
    // every table-of-contents link points at a section of the page
    for (Element a : page.select("nav a")) {
      assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
    }
  }

  @Test
  void answer_isTheFirstBreakFromThePlan() {
    // text generation: 300 requests/min over 0.4 AI calls per request = 12.5 req/s peak, printed with two figures
    assertThat(page.getElementById("answer").text()).startsWith("Breaks first at about 13 req/s")
        .contains("Workers AI task textGeneration");
  }

  @Test
  void currentSetup_showsTheBindingsProductionLacks() {
    Element api = page.select("#setup table.bindings").first();
    assertThat(api.select("thead th").eachText()).containsExactly("Binding", "Kind", "top-level", "staging", "production");
    Element cache = api.select("tbody tr").stream().filter(r -> r.child(0).text().equals("CACHE")).findFirst().orElseThrow();
    assertThat(cache.child(4).text()).isEqualTo("missing");
    assertThat(cache.child(4).hasClass("bad")).isTrue();
    assertThat(page.select("#setup li.mark-ok").eachText()).anyMatch(t -> t.startsWith("Workers Logs or traces on"));
    assertThat(page.select("#setup li.mark-bad").eachText()).anyMatch(t -> t.contains("env.production defines none of 2"));
  }

  @Test
  void whatBreaksFirst_tableAndHeadroomChart() {
    Elements rows = page.select("table#limits tbody tr");
    assertThat(rows.first().child(0).text()).isEqualTo("Workers AI requests per minute");
    assertThat(rows.first().child(4).text()).isEqualTo("13 req/s");
    // at 1M req/day the peak is 1,000,000 x 3 / 86,400 = 34.7 req/s; 12.5 / 34.7 = x0.36
    assertThat(rows.first().child(8).text()).isEqualTo("x0.36 BROKEN");
    Element chart = page.selectFirst("svg#headroom");
    assertThat(chart.select("rect.bar")).hasSize(6);
    assertThat(chart.select("rect.bar > title").eachText()).allMatch(t -> t.contains("breaks at"));
    assertThat(chart.select("line.marker")).hasSize(4);
    assertThat(chart.select("rect.bar.bad")).hasSize(4);
  }

  @Test
  void cost_totalsPerTierAndFreePlanOutages() {
    Element total = page.select("#cost-table tr.total").first();
    assertThat(total.children().eachText()).containsExactly("Total per month", "$46.26", "$479.89", "$5,019.67", "$50,533.51");
    Element chart = page.selectFirst("svg#cost");
    assertThat(chart.select("text.value").eachText()).containsExactly("$46.26", "$479.89", "$5,019.67", "$50,533.51");
    assertThat(chart.select("rect.seg > title").eachText()).anyMatch(t -> t.startsWith("Workers AI at 10M req/day: $43,792.39/month"));
    assertThat(page.select("#cost li").eachText()).anyMatch(t -> t.startsWith("from 1M req/day: Workers Requests over the Free allowance"));
    assertThat(page.select("#cost p.muted").text()).contains("Cloudflare facts 2026.09.1 (as of 2026-09)");
  }

  @Test
  void decisionMatrix_marksTheTenBottlenecksAndCorrectsTheSeed() {
    Elements rows = page.select("#matrix-table tbody tr");
    assertThat(rows).hasSize(10);
    // the N+1 SELECT of GET /api/projects is a read; the job consumer's UPDATE in a loop a write
    assertThat(status(rows, "d1-read-latency")).isEqualTo("detected");
    assertThat(status(rows, "d1-write-throughput")).isEqualTo("detected");
    // max_concurrency = 2 drains 2 x 1000 / 500 ms = 4 messages/s; POST /api/jobs sends 0.2 per request: 20 req/s, below 1M/day's 35
    assertThat(page.getElementById("queue-throughput").text()).contains("exceeded at 1M req/day");
    assertThat(status(rows, "d1-storage")).isEqualTo("clear");
    assertThat(page.getElementById("d1-storage").text()).contains("the workload assumes 1 GB of D1 storage (default), against 10 GB");
    Element cpu = page.getElementById("worker-cpu");
    assertThat(cpu.text()).contains("The seed's “30s timeout” is wrong: the default is 30,000 ms of CPU time")
        .contains("300,000 ms");
    Element subrequests = page.getElementById("subrequests");
    assertThat(subrequests.text()).contains("1,000 was the Paid limit before 2026-02-11; it is 10,000 now");
    assertThat(page.getElementById("d1-read-latency").text()).contains("a 60 s KV cache on GET /api/projects")
        .contains("src/index.ts:31: Collect the statements and send them in one env.DB.batch");
    assertThat(status(rows, "kv-write-rate")).isEqualTo("clear");
  }

  private static String status(Elements rows, String id) {
    return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().selectFirst(".pill").text();
  }

  @Test
  void findings_byAreaWithEvidenceInDetails() throws Exception {
    // the same findings as `audit --format json`, each in the area its rule id maps to
    JsonNode audit = new ObjectMapper().readTree(CliRun.audit(ReportRun.EXAMPLE.toString(), "--format", "json").out()).path("findings");
    Map<Area, Long> byArea = new EnumMap<>(Area.class);
    audit.forEach(f -> byArea.merge(Area.of(f.path("ruleId").asText()), 1L, Long::sum));
    List<String> expected = java.util.Arrays.stream(Area.values()).map(a -> a.title() + " (" + byArea.getOrDefault(a, 0L) + ")").toList();
    assertThat(page.select("#findings section.area h3").eachText()).isEqualTo(expected);
    Elements findings = page.select("#findings details.finding");
    assertThat(findings).hasSize(audit.size());
    Element loop = findings.stream().filter(d -> d.text().contains("d1/query-in-loop")).findFirst().orElseThrow();
    assertThat(loop.selectFirst("summary").text()).contains("src/index.ts:31");
    assertThat(loop.select("dl.evidence dt").eachText()).contains("sql", "loop", "reached from");
    assertThat(loop.select("p.fix").text()).startsWith("Fix:");
  }

  @Test
  void readinessRoadmapAndMetrics() {
    assertThat(page.select("#readiness .score").text()).isEqualTo("0/8 applicable checks pass");
    assertThat(page.select("#readiness li")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(page.select("#tiers h3").eachText()).hasSize(5).allMatch(t -> t.matches("(Before launch|At (10K|100K|1M|10M) req/day) \\(\\d/\\d\\)"));
    assertThat(page.select("#tiers li.mark-bad > b").eachText()).contains("Queue DLQs configured", "Entity-based sharding");
    assertThat(page.select("#tiers p.muted").eachText()).anyMatch(t -> t.startsWith("peak 35 req/s, $5,019.67/month; exceeded: Workers AI"));
    assertThat(page.select("#roadmap h3").eachText()).containsExactly("Immediate (week 1)", "Short-term (month 1)",
        "Medium-term (months 2-3)", "Long-term (months 4-6)");
    assertThat(page.select("#metrics-table code").eachText()).contains("workersInvocationsAdaptive", "d1AnalyticsAdaptiveGroups",
        "durableObjectsInvocationsAdaptiveGroups", "aiInferenceAdaptiveGroups");
  }

  @Test
  void page_isSelfContained() {
    assertThat(page.select("link, img, iframe, object, embed")).isEmpty();
    assertThat(page.select("script[src]")).isEmpty();
    assertThat(page.select("[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
    Elements scripts = page.select("script");
    assertThat(scripts).hasSize(1);
    assertThat(scripts.first().data().length()).isLessThan(4096);
  }

  @Test
  void rendering_isDeterministic() {
    assertThat(ReportRun.of(ReportRun.EXAMPLE, "html")).isEqualTo(html);
  }
}
