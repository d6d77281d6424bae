package dev.cfscale.cli;

import dev.cfscale.render.Printable;
import java.io.PrintWriter;

/**
 * The one place user-facing text goes through: results to {@code out}, messages and progress to
 * {@code err}. Colour is used only when {@code out} is a terminal and NO_COLOR is not set.
 */
public final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean colour;

  public Console(PrintWriter out, PrintWriter err, boolean colour) {
    this.out = out;
    this.err = err;
    this.colour = colour;
  }

  /** A console on the process's streams, with colour decided from the environment. */
  public static Console system() {
    boolean tty = System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    return new Console(new PrintWriter(System.out, true), new PrintWriter(System.err, true), tty);
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public boolean colour() {
    return colour;
  }

  /** A one-line error, as {@code cfscale: error: message}. */
  public void error(String message) {
    err.println("cfscale: error: " + Printable.text(message));
    err.flush();
  }
}
