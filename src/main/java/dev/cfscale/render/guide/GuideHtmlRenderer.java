package dev.cfscale.render.guide;

import java.io.IOException;
import java.io.Writer;

/** The scaling guide as one self-contained HTML page: inline CSS, SVG charts and a small script; no network, no fonts. */
public final class GuideHtmlRenderer implements GuideRenderer {

  @Override
  public void render(GuideReport report, Writer out) throws IOException {
    out.write(HtmlTemplates.render("report.jte", GuideViews.of(report)));
  }
}
