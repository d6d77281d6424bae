package dev.cfscale.cli;

import dev.cfscale.render.JsonRenderer;
import dev.cfscale.render.Renderer;
import dev.cfscale.render.SarifRenderer;
import dev.cfscale.render.TextRenderer;

/** The formats {@code --format} accepts, each with its one renderer. */
enum OutputFormat {
  text,
  json,
  sarif;

  Renderer renderer(boolean colour) {
    switch (this) {
      case json:
        return new JsonRenderer();
      case sarif:
        return new SarifRenderer();
      default:
        return new TextRenderer(colour);
    }
  }
}
