package dev.cfscale.render.guide;

import java.util.List;
import java.util.Locale;

/**
 * Hand-written SVG charts for the report: horizontal bars on a log or linear scale with reference lines, and
 * 100 % stacked bars. No fonts are loaded (the page's system font stack applies), every bar carries a
 * {@code <title>} tooltip, numbers are printed with {@link Locale#ROOT}, and the same input gives the same bytes.
 * Every text passed in is escaped here, since the markup is inserted into the page as is.
 */
final class Svg {
  static final int WIDTH = 960;
  private static final int LABEL_WIDTH = 300;
  private static final int RIGHT_MARGIN = 100;
  /** Label characters that fit the label column at 12 px (about 7 px a character in a sans-serif system font). */
  private static final int LABEL_CHARS = 40;
  private static final int ROW = 26;
  private static final int BAR = 16;
  private static final int TOP = 34;
  private static final int AXIS = 24;

  private Svg() {}

  /** A bar: its label, length (in the chart's unit), CSS class, tooltip and the text printed after it. */
  record Bar(String label, double value, String css, String tooltip, String valueText) {}

  /** A vertical reference line at {@code value}, labelled at the top. */
  record Marker(double value, String label) {}

  /** One segment of a stacked bar: its share (0..1), series index (colour) and tooltip. */
  record Segment(double share, int series, String tooltip) {}

  /** One stacked bar: its label, segments and the text printed after it. */
  record Stack(String label, List<Segment> segments, String valueText) {}

  /** Horizontal bars on a base-10 log scale from {@code min} to {@code max}, with vertical markers and a ticked axis. */
  static String logBars(String id, String caption, List<Bar> bars, List<Marker> markers, double min, double max, String unit) {
    int height = TOP + bars.size() * ROW + AXIS;
    StringBuilder s = open(id, caption, height);
    double lo = Math.log10(min);
    double hi = Math.log10(max);
    for (int e = (int) Math.ceil(lo); e <= (int) Math.floor(hi); e++) {
      double x = LABEL_WIDTH + plotWidth() * (e - lo) / (hi - lo);
      s.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", x, TOP - 6, x, height - AXIS));
      s.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, height - 8,
          escape(tick(e) + (e == (int) Math.floor(hi) ? " " + unit : ""))));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double w = plotWidth() * (Math.log10(Math.max(b.value(), min)) - lo) / (hi - lo);
      row(s, i, b, w);
    }
    markers(s, markers, m -> LABEL_WIDTH + plotWidth() * (Math.log10(m) - lo) / (hi - lo), height);
    return s.append("</svg>").toString();
  }

  /** Horizontal bars on a linear scale from 0 to {@code max}, with markers (a 100 % line, say). */
  static String linearBars(String id, String caption, List<Bar> bars, List<Marker> markers, double max) {
    int height = TOP + bars.size() * ROW + AXIS;
    StringBuilder s = open(id, caption, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      row(s, i, b, plotWidth() * Math.min(b.value(), max) / max);
    }
    markers(s, markers, m -> LABEL_WIDTH + plotWidth() * m / max, height);
    return s.append("</svg>").toString();
  }

  /** One 100 % stacked bar per row, segments coloured by series, with a legend of {@code series} below. */
  static String stacked(String id, String caption, List<Stack> stacks, List<String> series) {
    int legendRows = (series.size() + 3) / 4;
    int height = TOP + stacks.size() * ROW + 8 + legendRows * 20;
    StringBuilder s = open(id, caption, height);
    for (int i = 0; i < stacks.size(); i++) {
      Stack st = stacks.get(i);
      int y = TOP + i * ROW;
      s.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LABEL_WIDTH - 8,
          y + BAR - 3, escape(st.label())));
      double x = LABEL_WIDTH;
      for (Segment seg : st.segments()) {
        double w = plotWidth() * seg.share();
        s.append(String.format(Locale.ROOT, "<rect class=\"seg s%d\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s</title></rect>",
            seg.series() % 8, x, y, w, BAR, escape(seg.tooltip())));
        x += w;
      }
      s.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%d\" y=\"%d\">%s</text>", LABEL_WIDTH + plotWidth() + 6, y + BAR - 3,
          escape(st.valueText())));
    }
    int legendTop = TOP + stacks.size() * ROW + 8;
    for (int i = 0; i < series.size(); i++) {
      int x = 12 + (i % 4) * 235;
      int y = legendTop + (i / 4) * 20;
      s.append(String.format(Locale.ROOT, "<rect class=\"seg s%d\" x=\"%d\" y=\"%d\" width=\"12\" height=\"12\"/>", i % 8, x, y));
      s.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>", x + 18, y + 10, escape(series.get(i))));
    }
    return s.append("</svg>").toString();
  }

  private static int plotWidth() {
    return WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
  }

  private static StringBuilder open(String id, String caption, int height) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
        + "aria-labelledby=\"%s-title\" xmlns=\"http://www.w3.org/2000/svg\">", id, WIDTH, height, WIDTH, height, id));
    s.append("<title id=\"").append(id).append("-title\">").append(escape(caption)).append("</title>");
    return s;
  }

  private static void row(StringBuilder s, int i, Bar b, double w) {
    int y = TOP + i * ROW;
    s.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LABEL_WIDTH - 8,
        y + BAR - 3, escape(shorten(b.label(), LABEL_CHARS))));
    s.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s</title></rect>",
        b.css(), LABEL_WIDTH, y, Math.max(w, 1.0), BAR, escape(b.tooltip())));
    s.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%d\">%s</text>", LABEL_WIDTH + Math.max(w, 1.0) + 4,
        y + BAR - 3, escape(b.valueText())));
  }

  private static void markers(StringBuilder s, List<Marker> markers, java.util.function.DoubleUnaryOperator x, int height) {
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      double at = x.applyAsDouble(m.value());
      s.append(String.format(Locale.ROOT, "<line class=\"marker\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"><title>%s</title></line>", at,
          TOP - 8, at, height - AXIS, escape(m.label())));
      s.append(String.format(Locale.ROOT, "<text class=\"mark\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", at,
          i % 2 == 0 ? 12 : 24, escape(m.label())));
    }
  }

  /** 0.01, 0.1, 1, 10, 100, 1K, 10K, 100K, 1M: the label of the power of ten {@code e}. */
  static String tick(int e) {
    if (e < 0) {
      return "0." + "0".repeat(-e - 1) + "1";
    }
    if (e >= 6) {
      return "1" + "0".repeat(e - 6) + "M";
    }
    return e >= 3 ? "1" + "0".repeat(e - 3) + "K" : "1" + "0".repeat(e);
  }

  static String shorten(String text, int max) {
    String one = text.replaceAll("\\s+", " ").trim();
    return one.length() > max ? one.substring(0, max - 1) + "…" : one;
  }

  /** Text and attribute escaping for SVG/XML; control characters (ANSI escapes included) are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
