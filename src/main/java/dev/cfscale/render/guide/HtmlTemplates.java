package dev.cfscale.render.guide;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The report's jte templates ({@code src/main/jte}), compiled to classes at build time and escaped by context
 * (text, attribute, script); nothing is compiled at run time.
 */
final class HtmlTemplates {
  private static final String PACKAGE = "dev.cfscale.render.guide.templates";
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlTemplates.class.getClassLoader(),
      PACKAGE);

  private HtmlTemplates() {}

  /** The page {@code template} renders for {@code model}, without control characters (an ANSI escape in a project string included). */
  static String render(String template, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, model, out);
    return withoutControls(out.toString());
  }

  /** {@code text} without C0 and C1 control characters other than tab and line breaks (HTML forbids them; terminals obey them). */
  static String withoutControls(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c <= 0x9f;
      if (!control) {
        s.append(c);
      }
    }
    return s.toString();
  }
}
