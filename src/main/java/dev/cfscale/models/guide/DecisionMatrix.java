package dev.cfscale.models.guide;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.models.cache.CacheWhatIf;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.tiers.TierCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Section 4: the seed's ten bottlenecks, each marked for this project. Detected when a finding of one of its rules
 * remains; else at risk at the first planned tier where a capacity limit bound to it is exceeded; else clear;
 * not applicable (with the reason) when the project has nothing it could happen to.
 */
final class DecisionMatrix {
  private static final int MAX_SOLUTION_LINES = 4;
  private final GuideInputs in;
  private final FactText text;
  private final Set<BindingType> bound = EnumSet.noneOf(BindingType.class);

  DecisionMatrix(GuideInputs in, FactText text) {
    this.in = in;
    this.text = text;
    in.project().environments().forEach(e -> e.bindings().forEach(b -> bound.add(b.type())));
  }

  List<BottleneckRow> rows() {
    List<BottleneckRow> out = new ArrayList<>();
    for (Bottleneck b : Bottleneck.values()) {
      out.add(row(b));
    }
    return out;
  }

  private BottleneckRow row(Bottleneck b) {
    String documented = text.resolve(b.documented());
    Optional<String> correction = Optional.of(b.seedCorrection()).filter(c -> !c.isEmpty()).map(text::resolve);
    Optional<String> reason = notApplicable(b);
    if (reason.isPresent()) {
      return new BottleneckRow(b, BottleneckRow.Status.NOT_APPLICABLE, reason.get(), List.of(), List.of(), Optional.empty(), documented,
          correction, List.of());
    }
    List<Finding> found = in.findings().stream().filter(f -> detects(b, f)).toList();
    List<CapacityLimit> limits = in.plan().capacity().limits().stream().filter(l -> b.boundBy(l.factKey())).toList();
    Optional<Long> broken = Tiers.firstBroken(in.plan().tiers(), limits);
    BottleneckRow.Status status = !found.isEmpty() ? BottleneckRow.Status.DETECTED
        : broken.isPresent() ? BottleneckRow.Status.AT_RISK : BottleneckRow.Status.CLEAR;
    String statusText = b == Bottleneck.D1_STORAGE && status == BottleneckRow.Status.CLEAR ? storageText()
        : statusText(status, found, limits, broken);
    return new BottleneckRow(b, status, statusText, found, limits, broken, documented, correction, solution(b, found));
  }

  /** Why a bottleneck cannot occur here, or empty when it can. */
  private Optional<String> notApplicable(Bottleneck b) {
    if (in.project().workers().isEmpty()) {
      return Optional.of("no Worker was found");
    }
    boolean anyBound = b.bindings().isEmpty() || b.bindings().stream().anyMatch(bound::contains);
    if (b == Bottleneck.QUEUE_THROUGHPUT && in.project().environments().anyMatch(e -> !e.queueConsumers().isEmpty())) {
      anyBound = true;
    }
    if (!anyBound) {
      return Optional.of("no " + b.bindings().stream().map(t -> t.displayName()).collect(Collectors.joining(" or ")) + " is bound");
    }
    boolean codeRead = in.project().workers().stream().anyMatch(w -> w.code().modules() > 0);
    if (codeRead && b == Bottleneck.D1_WRITE_THROUGHPUT && operations().noneMatch(DecisionMatrix::writesD1)) {
      return Optional.of("the code sends no INSERT, UPDATE or DELETE to D1");
    }
    if (codeRead && b == Bottleneck.KV_WRITE_RATE && operations().noneMatch(o -> o.is(BindingType.KV_NAMESPACE, "put", "delete"))) {
      return Optional.of("the code never writes to KV");
    }
    return Optional.empty();
  }

  private java.util.stream.Stream<OperationSite> operations() {
    return in.project().workers().stream().map(WorkerConfig::code).flatMap(c -> c.operations().stream());
  }

  private static boolean writesD1(OperationSite o) {
    return o.isD1RoundTrip() && o.sql().map(DecisionMatrix::isWrite).orElse(false);
  }

  private static boolean isWrite(String sql) {
    String head = sql.stripLeading().toUpperCase(Locale.ROOT);
    return head.startsWith("INSERT") || head.startsWith("UPDATE") || head.startsWith("DELETE") || head.startsWith("REPLACE");
  }

  /** A finding shows the bottleneck when its rule is listed; a D1 query in a loop counts as a read or a write by its SQL. */
  static boolean detects(Bottleneck b, Finding f) {
    if (!b.rules().contains(f.ruleId())) {
      return false;
    }
    if (f.ruleId().equals("d1/query-in-loop")) {
      boolean write = isWrite(f.evidence().getOrDefault("sql", ""));
      return b == Bottleneck.D1_WRITE_THROUGHPUT ? write : b == Bottleneck.D1_READ_LATENCY && !write;
    }
    return true;
  }

  private String statusText(BottleneckRow.Status status, List<Finding> found, List<CapacityLimit> limits, Optional<Long> broken) {
    String limitPart = broken.map(t -> brokenText(t, limits)).orElse("");
    switch (status) {
      case DETECTED:
        String rules = found.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "));
        return "detected: " + found.size() + (found.size() == 1 ? " finding (" : " findings (") + rules + ")"
            + (limitPart.isEmpty() ? "" : "; " + limitPart);
      case AT_RISK:
        return "at risk: " + limitPart;
      default:
        return limits.isEmpty() ? "clear: nothing in the code or config shows it"
            : "clear: holds at every planned tier" + lowest(limits).map(h -> " (lowest headroom x" + h + ")").orElse("");
    }
  }

  /** D1 storage has no rate to break: the workload's database size against the documented maximum. */
  private String storageText() {
    return in.plan().assumptions().stream().filter(a -> a.key().equals("d1.storage_gb")).findFirst()
        .map(a -> "clear: the workload assumes " + Numbers.plain(a.value()) + " GB of D1 storage (" + a.source() + "), against "
            + text.resolve("${d1.limits.maxDatabaseSizeGbPaid} GB per database"))
        .orElse("clear: nothing in the code or config shows it");
  }

  private String brokenText(long tier, List<CapacityLimit> limits) {
    TierCost at = in.plan().tiers().stream().filter(t -> t.requestsPerDay() == tier).findFirst().orElseThrow();
    CapacityLimit first = limits.stream().filter(l -> Tiers.broken(l, at.peakRequestsPerSecond())).findFirst().orElseThrow();
    String where = first.isPerInvocation() ? "fails on every request" : "breaks at " + Numbers.rate(first.breaksAtPeakRps().orElseThrow()) + " req/s";
    return first.name() + " (" + first.resource() + ") " + where + ", exceeded at " + Tiers.label(tier) + " req/day";
  }

  private Optional<String> lowest(List<CapacityLimit> limits) {
    if (in.plan().tiers().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal peak = in.plan().tiers().get(in.plan().tiers().size() - 1).peakRequestsPerSecond();
    return limits.stream().map(l -> l.headroomAt(peak)).flatMap(Optional::stream).min(BigDecimal::compareTo).map(Numbers::rate);
  }

  /** The seed's solution made concrete: the caching what-if for D1 reads, then each finding's fix where it is. */
  private List<String> solution(Bottleneck b, List<Finding> found) {
    List<String> out = new ArrayList<>();
    if (b == Bottleneck.D1_READ_LATENCY) {
      in.plan().caching().stream().filter(c -> c.reads().contains("D1")).map(CacheWhatIf::summary).forEach(out::add);
    }
    found.stream().map(f -> f.location().file() + ":" + f.location().line() + ": " + f.fix()).distinct().limit(MAX_SOLUTION_LINES)
        .forEach(out::add);
    if (out.isEmpty()) {
      out.add("Nothing to do now. If the metrics of section 9 show “" + b.seedSymptom() + "”: " + b.seedSolution() + ".");
    }
    return out;
  }
}
