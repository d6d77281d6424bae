package dev.cfscale.cli;

import dev.cfscale.render.JsonRenderer;
import dev.cfscale.render.Renderer;
import dev.cfscale.render.SarifRenderer;
import dev.cfscale.render.TextRenderer;
import dev.cfscale.render.guide.AuditHtmlRenderer;

/** The formats {@code --format} accepts, each with its one renderer and the file extension {@code --output-dir} writes it with. */
enum OutputFormat {
  text("txt"),
  json("json"),
  sarif("sarif"),
  html("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file name {@code --output-dir} writes this format to: {@code audit.sarif}. */
  String fileName() {
    return "audit." + extension;
  }

  Renderer renderer(boolean colour) {
    switch (this) {
      case json:
        return new JsonRenderer();
      case sarif:
        return new SarifRenderer();
      case html:
        return new AuditHtmlRenderer();
      default:
        return new TextRenderer(colour);
    }
  }
}
