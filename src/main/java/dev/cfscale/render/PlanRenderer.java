package dev.cfscale.render;

import java.io.IOException;
import java.io.Writer;

/** Renders a {@link PlanReport} in one format; a pure function of the report. */
public interface PlanRenderer {
  /** Writes {@code report} to {@code out}. */
  void render(PlanReport report, Writer out) throws IOException;
}
