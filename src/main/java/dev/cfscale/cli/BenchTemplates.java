package dev.cfscale.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The config files the benchmarks generate projects from, kept as resources under {@code bench/} rather than in code. */
final class BenchTemplates {
  private BenchTemplates() {}

  static String read(String name) {
    try (InputStream in = BenchTemplates.class.getResourceAsStream("/bench/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark template bench/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
