package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What code analysis found for one Worker: its entry points, every platform operation, the Durable
 * Object instances that browser code or a request router picks by a fixed name, and the Durable Object classes a
 * framework keeps awake while clients are connected.
 */
public record CodeFacts(List<EntryPoint> entryPoints, List<OperationSite> operations, List<FixedInstance> fixedInstances,
    List<AwakeSocketServer> awakeSocketServers, int modules, long lines) {
  public static final CodeFacts NONE = new CodeFacts(List.of(), List.of(), List.of(), List.of(), 0, 0);

  public CodeFacts {
    entryPoints = List.copyOf(entryPoints);
    operations = List.copyOf(operations);
    fixedInstances = List.copyOf(fixedInstances);
    awakeSocketServers = List.copyOf(awakeSocketServers);
  }

  /** Facts without fixed instances or framework socket servers. */
  public CodeFacts(List<EntryPoint> entryPoints, List<OperationSite> operations, int modules, long lines) {
    this(entryPoints, operations, List.of(), List.of(), modules, lines);
  }

  /**
   * True when {@code put} fills a cache-aside lookup: a KV get on the same namespace, in the same
   * function, with the same key, whose result is tested and returned early. (A get whose value is
   * written back is a counter, not a cache.)
   */
  public boolean isCacheFill(OperationSite put) {
    return operations.stream().anyMatch(get -> get.is(BindingType.KV_NAMESPACE, "get", "getWithMetadata")
        && get.options().cacheLookup() && get.function().equals(put.function()) && get.file().equals(put.file())
        && get.binding().equals(put.binding()) && get.key().text().equals(put.key().text()));
  }

  /**
   * The KV read whose value {@code put} writes back: a get of the same key expression on the same namespace,
   * either earlier in the same function (and not in a branch that excludes the put) or, for a key held in an
   * instance field ({@code this.userId}: the same entity in every method), in another method of the same class that
   * some one request path reaches together with the put ({@code get()} and {@code #set()} of a per-user store). A
   * key passed as a parameter to separate module helpers could be any key, so those stay apart. Empty when the put fills a cache-aside lookup ({@link #isCacheFill}).
   */
  public Optional<OperationSite> readOfWrittenKey(OperationSite put) {
    if (!put.is(BindingType.KV_NAMESPACE, "put") || put.key().shape() == KeyArg.Shape.NONE || isCacheFill(put)) {
      return Optional.empty();
    }
    return operations.stream()
        .filter(get -> get.is(BindingType.KV_NAMESPACE, "get", "getWithMetadata") && get.file().equals(put.file())
            && get.binding().equals(put.binding()) && get.key().text().equals(put.key().text()))
        .filter(get -> get.function().equals(put.function())
            ? get.location().compareTo(put.location()) < 0 && get.canRunWith(put)
            : put.enclosingClass().isPresent() && get.enclosingClass().equals(put.enclosingClass())
                && put.key().text().startsWith("this.") && sharesHotEntry(get, put))
        .min(Comparator.comparing(OperationSite::location));
  }

  private static boolean sharesHotEntry(OperationSite a, OperationSite b) {
    return a.reachedFrom().stream().filter(EntryPoint::isHotRequestPath).anyMatch(b.reachedFrom()::contains);
  }
}
