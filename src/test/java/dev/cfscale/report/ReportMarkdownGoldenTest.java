package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Markdown guide of the bundled example, byte for byte, against {@code src/test/resources/report/ai-platform.md}: any
 * change in a finding, a figure or the layout shows up as a diff to review. Regenerate with {@code -Dcfscale.updateGolden=true}.
 */
class ReportMarkdownGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/report/ai-platform.md");

  @Test
  void example_matchesGoldenMarkdown() throws Exception {
    String md = ReportRun.of(ReportRun.EXAMPLE, "md");
    if (Boolean.getBoolean("cfscale.updateGolden")) {
      Files.writeString(GOLDEN, md);
    }
    assertThat(GOLDEN).as("golden Markdown (regenerate with -Dcfscale.updateGolden=true)").exists();
    assertThat(md).isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void markdown_isGithubFlavouredAndCollapsible() {
    String md = ReportRun.of(ReportRun.EXAMPLE, "md");
    assertThat(md).startsWith("# Production scaling guide: ai-platform\n");
    assertThat(md).contains("\n## 4. Decision matrix\n").contains("| Bottleneck | Seed: symptom / solution | Status | For this project |");
    // every <details> block is closed, and its summary is on the opening line (GitHub renders it collapsed)
    assertThat(md.split("<details>", -1).length).isEqualTo(md.split("</details>", -1).length);
    assertThat(md.lines().filter(l -> l.contains("<details>"))).allMatch(l -> l.contains("<summary>") && l.contains("</summary>"));
    // task lists tick what passes
    assertThat(md).contains("- [x] **Workers Logs or traces on** (passed)").contains("- [ ] **Rate limiting policies implemented** (failed)");
  }
}
