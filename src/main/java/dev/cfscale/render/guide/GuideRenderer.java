package dev.cfscale.render.guide;

import java.io.IOException;
import java.io.Writer;

/** Writes a scaling guide in one format; a pure function of the report. */
public interface GuideRenderer {
  void render(GuideReport report, Writer out) throws IOException;
}
