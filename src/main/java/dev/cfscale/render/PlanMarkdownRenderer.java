package dev.cfscale.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/** The plan as Markdown: the text report in a fenced block under a heading (for PR comments and notes). */
public final class PlanMarkdownRenderer implements PlanRenderer {

  @Override
  public void render(PlanReport report, Writer raw) throws IOException {
    Writer out = Printable.writer(raw); // strings from the project with their control characters escaped
    print(report, out);
    out.flush();
  }

  private void print(PlanReport report, Writer out) throws IOException {
    StringWriter text = new StringWriter();
    new PlanTextRenderer().render(report, text);
    out.write("## cfscale plan\n\n");
    out.write("**" + report.capacity().headline().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + report.capacity().headline().substring(1) + "**\n\n");
    out.write("```\n" + text + "```\n");
  }
}
