package dev.cfscale.rules;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Set;

/**
 * Whether a request is waiting on an operation, following Durable Object calls back to their callers: a
 * Durable Object method counts as a request path only when some stub call to it in the Worker is on one
 * (a config singleton refreshed by cron is not). A method no stub call in the code reaches (a framework
 * routes to it, or another Worker calls it) keeps counting as a request path.
 */
public final class RequestPaths {
  private static final Set<EntryKind> OBJECT_ENTRIES = Set.of(EntryKind.DURABLE_OBJECT_FETCH, EntryKind.RPC);

  private RequestPaths() {}

  /** True when an incoming (non-admin) request waits on {@code op}. */
  public static boolean hot(WorkerConfig worker, OperationSite op) {
    return op.onHotRequestPath() && op.reachedFrom().stream().anyMatch(e -> e.isHotRequestPath() && calledOnRequestPath(worker, e));
  }

  /** A Durable Object entry is on a request path when one of its callers is; any other hot entry is. */
  public static boolean calledOnRequestPath(WorkerConfig worker, EntryPoint entry) {
    int dot = entry.name().indexOf('.');
    if (!OBJECT_ENTRIES.contains(entry.kind()) || dot < 0) {
      return true;
    }
    String className = entry.name().substring(0, dot);
    String method = entry.kind() == EntryKind.DURABLE_OBJECT_FETCH ? "fetch" : entry.name().substring(dot + 1);
    Set<String> namespaces = new java.util.HashSet<>();
    worker.environments().forEach(env -> env.bindings(BindingType.DURABLE_OBJECT).stream()
        .filter(b -> b.text("class_name").filter(className::equals).isPresent()).forEach(b -> namespaces.add(b.name())));
    List<OperationSite> callers = worker.code().operationsNamed("stub." + method).stream()
        .filter(o -> o.binding().filter(namespaces::contains).isPresent()).toList();
    return callers.isEmpty() || callers.stream().anyMatch(OperationSite::onHotRequestPath);
  }
}
