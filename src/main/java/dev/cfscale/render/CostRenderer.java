package dev.cfscale.render;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link CostReport} in one format; a pure function of the report. */
public interface CostRenderer {
  void render(CostReport report, Writer out) throws IOException;
}
