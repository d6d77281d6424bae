package dev.cfscale.models.profile;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.workload.Assumption;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link LoadProfile} of a project from its code facts and a workload. Front doors (routes,
 * Pages Functions, a fetch handler without routes) share the project's requests as the workload says
 * (equal shares by default, none for administrative routes). Durable Object methods count inside the
 * routes whose stubs call them. Queue consumers run once per batch of the messages the profile sends to
 * their queue; Workflows once per instance created; scheduled handlers a fixed number of times a day.
 */
public final class ProfileBuilder {
  private final Workload workload;
  private final PlatformFacts facts;
  private final Map<WorkerConfig, Map<EntryPoint, List<OperationSite>>> operationsByEntry = new java.util.IdentityHashMap<>();
  private final Map<WorkerConfig, List<EntryPoint>> middleware = new java.util.IdentityHashMap<>();
  private final Map<WorkerConfig, SiteLoad> loads = new java.util.IdentityHashMap<>();

  public ProfileBuilder(Workload workload, PlatformFacts facts) {
    this.workload = workload;
    this.facts = facts;
  }

  public LoadProfile build(ProjectFacts project) {
    List<String> notes = new ArrayList<>();
    List<Door> doors = new ArrayList<>();
    for (WorkerConfig w : project.workers()) {
      w.code().entryPoints().stream().filter(ProfileBuilder::isFrontDoor).forEach(e -> doors.add(new Door(w, e)));
    }
    Map<EntryPoint, Assumption> shares = shares(doors);
    List<RouteProfile> routes = new ArrayList<>();
    for (Door d : doors) {
      routes.add(profile(d.worker(), d.entry(), shares.get(d.entry()), shares.get(d.entry()).value(), BigDecimal.ZERO,
          "requests (" + percent(shares.get(d.entry()).value()) + " of the project's)"));
    }
    // consumers and workflows are driven by what the routes produce (two passes let a consumer feed another queue)
    for (int pass = 0; pass < 2; pass++) {
      List<RouteProfile> driven = new ArrayList<>();
      for (WorkerConfig w : project.workers()) {
        for (EntryPoint e : w.code().entryPoints()) {
          driven(w, e, routes).ifPresent(driven::add);
        }
      }
      routes.removeIf(r -> !r.drivenBy().startsWith("requests"));
      routes.addAll(driven);
    }
    Set<Assumption> used = new LinkedHashSet<>();
    shares.values().forEach(used::add);
    routes.forEach(r -> r.lines().forEach(l -> l.assumptions().forEach(k -> lookup(k, r.entry()).ifPresent(used::add))));
    if (doors.isEmpty()) {
      notes.add("no request entry point found: the tiers drive no code-derived load");
    }
    return new LoadProfile(routes, used.stream().map(UsedAssumption::of).toList(), notes);
  }

  private record Door(WorkerConfig worker, EntryPoint entry) {}

  /** Routes, Pages Functions and module fetch handlers; middleware ({@code app.use}) runs inside the routes it matches. */
  private static boolean isFrontDoor(EntryPoint e) {
    return switch (e.kind()) {
      case ROUTE -> !isMiddleware(e);
      case PAGES_FUNCTION -> true;
      case FETCH -> !e.name().contains(".");
      default -> false;
    };
  }

  private static boolean isMiddleware(EntryPoint e) {
    return e.kind() == EntryKind.ROUTE && e.name().startsWith("USE ");
  }

  /**
   * The operations one invocation of {@code e} runs: those reached from it, plus those of the middleware
   * whose path pattern matches a route. A fetch handler beside routes counts only what no route reaches
   * (the routes count the rest).
   */
  private List<OperationSite> operations(WorkerConfig w, EntryPoint e) {
    Map<EntryPoint, List<OperationSite>> byEntry = byEntry(w);
    Set<OperationSite> out = new LinkedHashSet<>();
    if (e.kind() == EntryKind.ROUTE) {
      middleware.computeIfAbsent(w, k -> k.code().entryPoints().stream().filter(ProfileBuilder::isMiddleware).toList()).stream()
          .filter(m -> matches(pathOf(m), pathOf(e))).forEach(m -> out.addAll(byEntry.getOrDefault(m, List.of())));
    }
    out.addAll(byEntry.getOrDefault(e, List.of()));
    if (e.kind() == EntryKind.FETCH) {
      out.removeIf(op -> op.reachedFrom().stream().anyMatch(r -> r.kind() == EntryKind.ROUTE || r.kind() == EntryKind.PAGES_FUNCTION));
    }
    return List.copyOf(out);
  }

  /** Each entry's operations, indexed once per Worker. */
  private Map<EntryPoint, List<OperationSite>> byEntry(WorkerConfig w) {
    return operationsByEntry.computeIfAbsent(w, k -> {
      Map<EntryPoint, List<OperationSite>> index = new java.util.HashMap<>();
      for (OperationSite op : k.code().operations()) {
        op.reachedFrom().forEach(e -> index.computeIfAbsent(e, x -> new ArrayList<>()).add(op));
      }
      return index;
    });
  }

  private static String pathOf(EntryPoint e) {
    int space = e.name().indexOf(' ');
    return space < 0 ? e.name() : e.name().substring(space + 1);
  }

  /** Hono's patterns: {@code *} and {@code /*} match everything, {@code /api/*} a prefix, else the path and below. */
  static boolean matches(String pattern, String path) {
    if (pattern.equals("*") || pattern.equals("/*")) {
      return true;
    }
    String prefix = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
    String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return path.equals(base) || path.startsWith(base + "/") || pattern.endsWith("*") && path.startsWith(prefix);
  }

  /** Listed shares as given; the rest of the traffic split equally over unlisted non-admin front doors. */
  private Map<EntryPoint, Assumption> shares(List<Door> doors) {
    Map<EntryPoint, Assumption> out = new LinkedHashMap<>();
    BigDecimal listed = BigDecimal.ZERO;
    int unlisted = 0;
    Map<EntryPoint, Boolean> hot = new java.util.HashMap<>();
    for (Door d : doors) {
      Optional<Assumption> given = workload.routeShare(label(d.entry()));
      listed = listed.add(given.map(Assumption::value).orElse(BigDecimal.ZERO));
      hot.put(d.entry(), d.entry().isHotRequestPath());
      unlisted += given.isEmpty() && hot.get(d.entry()) ? 1 : 0;
    }
    BigDecimal rest = BigDecimal.ONE.subtract(listed).max(BigDecimal.ZERO);
    int equalShares = unlisted;
    BigDecimal each = unlisted == 0 ? BigDecimal.ZERO : rest.divide(BigDecimal.valueOf(unlisted), MathContext.DECIMAL64);
    for (Door d : doors) {
      String key = "routes." + label(d.entry()) + ".share";
      out.put(d.entry(), workload.routeShare(label(d.entry())).orElseGet(() -> hot.get(d.entry())
          ? new Assumption(key, each, "default (equal share of " + equalShares + " entries)")
          : new Assumption(key, BigDecimal.ZERO, "default (administrative route)")));
    }
    return out;
  }

  private Optional<RouteProfile> driven(WorkerConfig w, EntryPoint e, List<RouteProfile> routes) {
    Assumption none = new Assumption("routes." + label(e) + ".share", BigDecimal.ZERO, "not a front door");
    if (e.kind() == EntryKind.QUEUE) {
      List<QueueConsumer> consumers = w.environments().isEmpty() ? List.of() : w.environments().get(0).queueConsumers();
      BigDecimal invocations = BigDecimal.ZERO;
      List<String> queues = new ArrayList<>();
      BigDecimal batch = BigDecimal.ONE;
      for (QueueConsumer c : consumers) {
        batch = BigDecimal.valueOf(c.number("max_batch_size").flatMap(s -> s.asLong())
            .orElse(facts.whole("queues.limits.consumerBatchSizeDefault")));
        BigDecimal messages = produced(routes, LoadMeter.QUEUE_MESSAGES, c.queue());
        invocations = invocations.add(messages.divide(batch, MathContext.DECIMAL64));
        queues.add(c.queue());
      }
      return Optional.of(profileWithLoop(w, e, none, invocations, BigDecimal.ZERO,
          "messages on " + (queues.isEmpty() ? "its queues" : String.join(", ", queues)) + ", in batches of " + batch.toPlainString(), batch));
    }
    if (e.kind() == EntryKind.WORKFLOW) {
      String cls = e.name().substring(0, Math.max(0, e.name().indexOf('.')));
      return Optional.of(profile(w, e, none, produced(routes, LoadMeter.WORKFLOW_CREATES, cls), BigDecimal.ZERO,
          "instances of " + cls + " created"));
    }
    if (e.kind() == EntryKind.SCHEDULED) {
      return Optional.of(profile(w, e, none, BigDecimal.ZERO, workload.get("scheduled.runs_per_day").value(),
          "its cron schedule (scheduled.runs_per_day)"));
    }
    return Optional.empty();
  }

  private static BigDecimal produced(List<RouteProfile> routes, LoadMeter meter, String resource) {
    return routes.stream().map(r -> r.perProjectRequest().multiply(r.lines().stream()
        .filter(l -> l.meter() == meter && l.resource().equals(resource)).map(ProfileLine::expected)
        .reduce(BigDecimal.ZERO, BigDecimal::add))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private RouteProfile profile(WorkerConfig w, EntryPoint e, Assumption share, BigDecimal perRequest, BigDecimal perDay, String drivenBy) {
    Assumption loop = workload.forRoute(label(e), "loop_iterations");
    return profileWithLoop(w, e, share, perRequest, perDay, drivenBy, loop.value(), loop.key());
  }

  private RouteProfile profileWithLoop(WorkerConfig w, EntryPoint e, Assumption share, BigDecimal perRequest, BigDecimal perDay,
      String drivenBy, BigDecimal batch) {
    return profileWithLoop(w, e, share, perRequest, perDay, drivenBy, batch, "queues consumer max_batch_size");
  }

  private RouteProfile profileWithLoop(WorkerConfig w, EntryPoint e, Assumption share, BigDecimal perRequest, BigDecimal perDay,
      String drivenBy, BigDecimal loopSize, String loopSource) {
    SiteLoad load = loads.computeIfAbsent(w, k -> new SiteLoad(workload, k));
    List<OperationSite> ops = operations(w, e);
    List<OperationSite> cacheReads = ops.stream().filter(op -> op.options().cacheLookup()).toList();
    SiteLoad.Context ctx = new SiteLoad.Context(label(e), loopSize, loopSource, cacheReads);
    List<ProfileLine> lines = new ArrayList<>();
    Set<String> seenQueries = new LinkedHashSet<>();
    for (OperationSite op : ops) {
      for (ProfileLine line : load.lines(op, ctx)) {
        // a Drizzle chain is recorded both as its builder call and as the SQL it sends: count it once
        if (line.meter() != LoadMeter.D1_QUERIES || seenQueries.add(line.location().toString())) {
          lines.add(line);
        } else if (line.meter() == LoadMeter.D1_QUERIES) {
          break;
        }
      }
      if (op.operation().startsWith("stub.")) {
        lines.addAll(durableObjectMethod(w, op, lines.get(lines.size() - 1)));
      }
    }
    return new RouteProfile(w.topLevelName(), label(e), e.kind().name().toLowerCase(java.util.Locale.ROOT), e.kind().isRequestPath(),
        e.location(), UsedAssumption.of(share), perRequest, perDay, drivenBy, lines);
  }

  /** The operations of the Durable Object method a stub call reaches, counted once per call. */
  private List<ProfileLine> durableObjectMethod(WorkerConfig w, OperationSite stubCall, ProfileLine call) {
    String method = call.resource() + "." + stubCall.operation().substring("stub.".length());
    List<ProfileLine> out = new ArrayList<>();
    SiteLoad load = loads.computeIfAbsent(w, k -> new SiteLoad(workload, k));
    w.code().entryPoints().stream().filter(e -> e.name().equals(method)).findFirst().ifPresent(e -> {
      SiteLoad.Context ctx = new SiteLoad.Context(e.name(), workload.get("traffic.loop_iterations").value(), "traffic.loop_iterations", List.of());
      byEntry(w).getOrDefault(e, List.of()).stream().filter(op -> !op.operation().startsWith("stub."))
          .flatMap(op -> load.lines(op, ctx).stream()).map(l -> l.times(call.expected())).forEach(out::add);
    });
    return out;
  }

  /** The workload value behind a key a line used; keys of config settings (batch sizes) are not workload values. */
  private Optional<Assumption> lookup(String key, String route) {
    if (workload.values().containsKey(key)) {
      return Optional.of(workload.get(key));
    }
    return key.startsWith("traffic.") ? Optional.of(workload.forRoute(route, key.substring("traffic.".length()))) : Optional.empty();
  }

  /** Routes and Pages Functions by their name ("GET /api/x"), other entries with their kind ("queue handler"). */
  private static String label(EntryPoint e) {
    return e.kind() == EntryKind.ROUTE || e.kind() == EntryKind.PAGES_FUNCTION ? e.name() : e.toString();
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
  }
}
