package dev.cfscale.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options the report commands ({@code cost}, {@code plan}) share: the format, and stdout or a file. */
final class ReportOutput {

  /** The formats a report command accepts. */
  enum Format { text, json, md }

  /** Renders a report to a writer. */
  interface Rendering {
    void to(Writer out) throws IOException;
  }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or md (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  /** Writes the report to {@code --output} (UTF-8), or to the console when none was given. */
  void write(Console console, Rendering rendering) throws IOException {
    if (output == null) {
      rendering.to(console.out());
      console.out().flush();
      return;
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      rendering.to(w);
    }
  }
}
