package dev.cfscale.models.profile;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.facts.workload.Workload;
import java.math.BigDecimal;
import dev.cfscale.findings.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * Turns one operation of one Worker into profile lines for one invocation: the count is 1, times the
 * loop size when it sits in a loop (or in a helper called in a loop), times the branch probability in
 * the expected case when a conditional branch guards it, times the cache miss ratio when it runs after
 * a cache-aside read in the same function. A D1 statement adds its rows read, rows written and database time.
 */
final class SiteLoad {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final Workload workload;
  private final WorkerConfig worker;
  private Map<Location, QueryAnalysis> queriesByLocation;

  SiteLoad(Workload workload, WorkerConfig worker) {
    this.workload = workload;
    this.worker = worker;
  }

  /** How the entry runs this site: the loop size to use and the cache-aside reads that guard its function. */
  record Context(String route, BigDecimal loopSize, String loopSource, List<OperationSite> cacheReads) {}

  List<ProfileLine> lines(OperationSite op, Context ctx) {
    Optional<LoadMeter> meter = OperationMeters.of(op);
    if (meter.isEmpty()) {
      return List.of();
    }
    List<String> used = new ArrayList<>();
    BigDecimal worst = BigDecimal.ONE;
    if (op.loop().inLoop() || OperationMeters.isBatch(op)) {
      worst = ctx.loopSize();
      used.add(ctx.loopSource());
    }
    BigDecimal expected = worst;
    if (op.inBranch() || op.adminGuarded()) {
      var p = workload.forRoute(ctx.route(), "branch_probability");
      expected = op.adminGuarded() ? BigDecimal.ZERO : expected.multiply(p.value());
      used.add(p.key());
    }
    if (ctx.cacheReads().stream().anyMatch(read -> behind(op, read))) {
      expected = expected.multiply(BigDecimal.ONE.subtract(workload.get("kv.cache_hit_ratio").value()));
      used.add("kv.cache_hit_ratio");
    }
    ProfileLine line = new ProfileLine(meter.get(), op.operation(), resource(op, meter.get()), shape(op.key()), op.key().text(),
        op.key().sharedByRequests(), expected, worst, op.loop().inLoop() && op.loop().parallel(), op.location(),
        detail(op), used);
    return meter.get() == LoadMeter.D1_QUERIES ? d1(op, line) : List.of(line);
  }

  /** The advisor's analysis of each planned statement, by where the code sends it (indexed on first use). */
  private Map<Location, QueryAnalysis> queries() {
    if (queriesByLocation == null) {
      queriesByLocation = new HashMap<>();
      worker.d1().forEach(b -> b.queries().forEach(q -> queriesByLocation.putIfAbsent(q.site().location(), q)));
    }
    return queriesByLocation;
  }

  /**
   * True when {@code op} runs after the cache-aside lookup {@code read} in the same function, in the same call: on a miss
   * (not after a branch of its own that returned, {@code if (preview) { return await kv.get(k); } await db...}).
   */
  static boolean behind(OperationSite op, OperationSite read) {
    return op != read && op.file().equals(read.file()) && op.function().equals(read.function())
        && op.location().compareTo(read.location()) > 0 && op.canRunWith(read);
  }

  private List<ProfileLine> d1(OperationSite op, ProfileLine query) {
    Optional<D1BindingAnalysis> binding = worker.d1().stream().filter(b -> op.binding().filter(b.binding()::equals).isPresent())
        .findFirst();
    Optional<QueryAnalysis> analysis = Optional.ofNullable(queries().get(op.location()));
    D1Estimate e = D1Estimate.of(op.sql(), analysis, binding, workload);
    List<ProfileLine> out = new ArrayList<>();
    out.add(query);
    out.add(derived(query, LoadMeter.D1_ROWS_READ, e.rowsRead(), e));
    if (e.rowsWritten().signum() > 0) {
      out.add(derived(query, LoadMeter.D1_ROWS_WRITTEN, e.rowsWritten(), e));
    }
    out.add(derived(query, LoadMeter.D1_QUERY_MS, e.queryMs(), e));
    return out;
  }

  private static ProfileLine derived(ProfileLine query, LoadMeter meter, BigDecimal perExecution, D1Estimate e) {
    List<String> used = new ArrayList<>(query.assumptions());
    e.assumptions().stream().filter(a -> !used.contains(a)).forEach(used::add);
    return new ProfileLine(meter, query.operation(), query.resource(), query.keyShape(), query.keyText(), query.sharedKey(),
        query.expected().multiply(perExecution),
        query.worst().multiply(perExecution), query.parallel(), query.location(), query.detail() + " (" + e.note() + ")", used);
  }

  /** The queue a producer binding sends to, the class behind a Durable Object binding, the model, or the binding. */
  private String resource(OperationSite op, LoadMeter meter) {
    if (meter == LoadMeter.AI_CALLS) {
      return op.model().orElse("(model not known)");
    }
    if (meter == LoadMeter.SUBREQUESTS || meter == LoadMeter.CACHE_API_CALLS) {
      return op.key().text().isBlank() ? "(dynamic)" : op.key().text();
    }
    String name = op.binding().orElse("?");
    // the thing the limit applies to: a queue, a Durable Object class, a database (two Workers may bind the same one)
    return binding(name).flatMap(b -> b.text("queue").or(() -> b.text("class_name")).or(() -> b.text("database_name"))).orElse(name);
  }

  Optional<Binding> binding(String name) {
    return worker.environments().stream().flatMap(e -> e.bindings().stream()).filter(b -> b.name().equals(name)).findFirst();
  }

  private static String shape(KeyArg key) {
    return key.shape().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String detail(OperationSite op) {
    String what = op.binding().map(b -> b + ".").orElse("") + op.operation();
    return op.sql().map(s -> what + " `" + WHITESPACE.matcher(s).replaceAll(" ").trim() + "`").or(() -> op.model().map(m -> what + " " + m))
        .orElse(what);
  }
}
