package dev.cfscale.render;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one output format; a pure function of the report. */
public interface Renderer {
  void render(Report report, Writer out) throws IOException;
}
