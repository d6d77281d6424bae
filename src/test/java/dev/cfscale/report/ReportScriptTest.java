package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's inline script in HtmlUnit (a JavaScript engine, no layout): sorting and filtering work and throw nothing. */
class ReportScriptTest {

  @Test
  void sortAndFilter_workWithoutScriptErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    Files.writeString(file, ReportRun.of(ReportRun.EXAMPLE, "html"));
    try (WebClient browser = new WebClient(BrowserVersion.CHROME)) {
      browser.getOptions().setThrowExceptionOnScriptError(true);
      browser.getOptions().setCssEnabled(false);
      HtmlPage page = browser.getPage(file.toUri().toURL());

      // the script marks every sortable header; clicking "Breaks at (peak)" sorts by the number, twice reverses
      DomElement header = (DomElement) page.querySelectorAll("#limits thead th").get(4);
      assertThat(header.getAttribute("aria-sort")).isEqualTo("none");
      header.click();
      assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
      // ascending by the breaking rate (data-sort), per-request limits that pass last: the first to break on top
      assertThat(firstCells(page, 4)).startsWith("13 req/s", "20 req/s", "230 req/s").endsWith("passes");
      header.click();
      assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
      assertThat(firstCells(page, 4)).startsWith("passes", "passes", "passes", "25,000 req/s");
      DomElement byLimit = (DomElement) page.querySelectorAll("#limits thead th").get(0);
      byLimit.click();
      assertThat(firstCells(page, 0).get(0)).isEqualTo("Analytics Engine data points per invocation");

      // typing in the findings filter hides what does not match and counts what is left
      HtmlInput filter = page.getHtmlElementById("findings-filter");
      filter.type("secrets/");
      assertThat(visible(page, "#findings-list details.finding")).isEqualTo(1);
      assertThat(page.getElementById("findings-filter-count").getTextContent()).isEqualTo("1");
      filter.setValue("");
      filter.type("d1/");
      long d1 = page.querySelectorAll("#findings-list details.finding code").stream().filter(c -> c.getTextContent().startsWith("d1/")).count();
      assertThat(visible(page, "#findings-list details.finding")).isEqualTo(d1).isLessThan(page.querySelectorAll("#findings-list details.finding").size());
    }
  }

  private static List<String> firstCells(HtmlPage page, int column) {
    return page.querySelectorAll("#limits tbody tr").stream()
        .map(r -> ((DomElement) r).getElementsByTagName("td").get(column).getTextContent().trim()).toList();
  }

  private static long visible(HtmlPage page, String selector) {
    return page.querySelectorAll(selector).stream().filter(n -> !((DomElement) n).hasAttribute("hidden")).count();
  }
}
