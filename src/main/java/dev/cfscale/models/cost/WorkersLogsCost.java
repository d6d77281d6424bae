package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.List;

/** Workers Logs: log events = requests x logs per request x head sampling rate, unless given directly. */
final class WorkersLogsCost extends PaidProduct {
  private static final String PRODUCT = "Workers Logs";

  WorkersLogsCost(FactsView facts) {
    super(facts, "workers_logs");
  }

  @Override
  List<CostLine> paidLines(ProductUsage logs, Usage usage) {
    return List.of(f.meter(PRODUCT, "workersLogs").line("Log events", "events", events(usage),
        f.n("workersLogs.included.paid.logEventsPerMonth"), f.n("workersLogs.pricing.usdPerMillionLogEvents"),
        FactsView.million(), logs.has("log_events_per_month") ? "" : "requests x logs_per_request x head_sampling_rate"));
  }

  @Override
  List<Outage> freeOutages(ProductUsage product, Usage usage) {
    return f.daily(PRODUCT, "Log events", events(usage), "workersLogs.included.free.logEventsPerDay",
        "log events beyond the daily allowance are not stored").stream().toList();
  }

  private static BigDecimal events(Usage usage) {
    ProductUsage logs = usage.product("workers_logs");
    if (logs.has("log_events_per_month")) {
      return logs.total("log_events_per_month");
    }
    return usage.product("workers").total("requests_per_month")
        .multiply(logs.attribute("logs_per_request", BigDecimal.ONE))
        .multiply(logs.attribute("head_sampling_rate", BigDecimal.ONE));
  }
}
