package dev.cfscale.cli;

import dev.cfscale.facts.usage.ModelUsage;
import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.models.tiers.TierCost;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes one tier's usage as a usage file (usage.example.yml's keys) that {@code cfscale cost --usage} reads back. */
final class UsageFileWriter {

  /** Writes {@code tier}'s usage on {@code plan}. */
  void write(TierCost tier, String plan, Writer out) throws IOException {
    out.write("# Written by cfscale plan --write-usage: the usage of " + tier.requestsPerDay() + " requests per day,\n");
    out.write("# from the code's load profile and the workload's assumptions. Edit it and run: cfscale cost --usage FILE\n");
    out.write("plan: " + plan + "\n");
    for (ProductUsage p : tier.usage().products().values()) {
      out.write(p.product() + ":\n");
      for (var e : p.values().entrySet()) {
        out.write("  " + e.getKey() + ": " + number(e.getValue()) + "\n");
      }
      if (!p.models().isEmpty()) {
        out.write("  models:\n");
        for (ModelUsage m : p.models()) {
          out.write("    - model: \"" + m.model() + "\"\n");
          out.write("      requests_per_month: " + number(m.requestsPerMonth()) + "\n");
          out.write("      input_tokens_per_request: " + number(m.inputTokensPerRequest()) + "\n");
          out.write("      output_tokens_per_request: " + number(m.outputTokensPerRequest()) + "\n");
        }
      }
    }
  }

  private static String number(BigDecimal v) {
    BigDecimal s = v.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
