package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What code analysis found for one Worker: its entry points, every platform operation, the Durable
 * Object instances that browser code or a request router picks by a fixed name, the Durable Object classes a
 * framework keeps awake while clients are connected, and those that erase their own storage on a timer. A value
 * (equal when its parts are); not a record only because it keeps an {@link OperationIndex} of its operations (one pass, built with
 * it), so that questions asked once per operation ({@link #isCacheFill}) do not each walk every operation of a big
 * monorepo Worker.
 */
public final class CodeFacts {
  public static final CodeFacts NONE = new CodeFacts(List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);

  private final List<EntryPoint> entryPoints;
  private final List<OperationSite> operations;
  private final List<FixedInstance> fixedInstances;
  private final List<AwakeSocketServer> awakeSocketServers;
  private final List<SelfErasingObject> selfErasingObjects;
  private final int modules;
  private final long lines;
  private final OperationIndex index;

  public CodeFacts(List<EntryPoint> entryPoints, List<OperationSite> operations, List<FixedInstance> fixedInstances,
      List<AwakeSocketServer> awakeSocketServers, List<SelfErasingObject> selfErasingObjects, int modules, long lines) {
    this.entryPoints = List.copyOf(entryPoints);
    this.operations = List.copyOf(operations);
    this.fixedInstances = List.copyOf(fixedInstances);
    this.awakeSocketServers = List.copyOf(awakeSocketServers);
    this.selfErasingObjects = List.copyOf(selfErasingObjects);
    this.modules = modules;
    this.lines = lines;
    this.index = new OperationIndex(this.operations);
  }

  /** Facts without fixed instances, framework socket servers or self-erasing objects. */
  public CodeFacts(List<EntryPoint> entryPoints, List<OperationSite> operations, int modules, long lines) {
    this(entryPoints, operations, List.of(), List.of(), List.of(), modules, lines);
  }

  public List<EntryPoint> entryPoints() {
    return entryPoints;
  }

  public List<OperationSite> operations() {
    return operations;
  }

  public List<FixedInstance> fixedInstances() {
    return fixedInstances;
  }

  public List<AwakeSocketServer> awakeSocketServers() {
    return awakeSocketServers;
  }

  public List<SelfErasingObject> selfErasingObjects() {
    return selfErasingObjects;
  }

  /**
   * True when {@code op} is written in a Durable Object class on the object's own storage (its SQL, its key-value API,
   * not a stub of another object) and that class erases all of its storage on a timer ({@link SelfErasingObject}): what
   * the call writes or reads is one session's, not a table that grows with the Worker's traffic.
   */
  public boolean onSelfErasingObject(OperationSite op) {
    return op.bindingType().filter(BindingType.DURABLE_OBJECT::equals).isPresent() && !op.operation().startsWith("stub.")
        && selfErasingObjects.stream().anyMatch(s -> op.enclosingClass().filter(s.className()::equals).isPresent());
  }

  public int modules() {
    return modules;
  }

  public long lines() {
    return lines;
  }

  /** The operations named {@code operation} ({@code stub.fetch}, {@code sql.exec}), in the order of {@link #operations}. */
  public List<OperationSite> operationsNamed(String operation) {
    return index.named(operation);
  }

  /**
   * True when {@code put} fills a cache-aside lookup: a KV get on the same namespace, in the same
   * function, with the same key, whose result is tested and returned early. (A get whose value is
   * written back is a counter, not a cache.)
   */
  public boolean isCacheFill(OperationSite put) {
    return index.hasCacheLookup(put);
  }

  /**
   * The KV read whose value {@code put} writes back: a get of the same key expression on the same namespace,
   * either earlier in the same function (and not in a branch that excludes the put) or, for a key held in an
   * instance field ({@code this.userId}: the same entity in every method), in another method of the same class that
   * some one request path reaches together with the put ({@code get()} and {@code #set()} of a per-user store). A
   * key passed as a parameter to separate module helpers could be any key, so those stay apart, unless the writing
   * function itself hands its key to the helper that reads it first ({@link CallOptions#keyReadAt}: a loading helper).
   * Empty when the put fills a cache-aside lookup ({@link #isCacheFill}).
   */
  public Optional<OperationSite> readOfWrittenKey(OperationSite put) {
    if (!put.is(BindingType.KV_NAMESPACE, "put") || put.key().shape() == KeyArg.Shape.NONE || isCacheFill(put)) {
      return Optional.empty();
    }
    Optional<OperationSite> viaHelper = put.options().keyReadAt().flatMap(index::kvReadAt).filter(get -> !get.options().cacheLookup())
        .filter(get -> !get.options().existenceCheck());
    if (viaHelper.isPresent()) {
      return viaHelper;
    }
    // a read only tested for presence (the key checked to be free) gives the put nothing to write back
    return index.kvReadsOfKey(put).stream().filter(get -> !get.options().existenceCheck())
        .filter(get -> get.function().equals(put.function())
            ? get.location().compareTo(put.location()) < 0 && get.canRunWith(put)
            : put.enclosingClass().isPresent() && get.enclosingClass().equals(put.enclosingClass())
                && put.key().text().startsWith("this.") && sharesHotEntry(get, put))
        .min(Comparator.comparing(OperationSite::location));
  }

  private static boolean sharesHotEntry(OperationSite a, OperationSite b) {
    return a.reachedFrom().stream().filter(EntryPoint::isHotRequestPath).anyMatch(b.reachedFrom()::contains);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CodeFacts other && modules == other.modules && lines == other.lines
        && entryPoints.equals(other.entryPoints) && operations.equals(other.operations) && fixedInstances.equals(other.fixedInstances)
        && awakeSocketServers.equals(other.awakeSocketServers) && selfErasingObjects.equals(other.selfErasingObjects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entryPoints, operations, fixedInstances, awakeSocketServers, selfErasingObjects, modules, lines);
  }

  @Override
  public String toString() {
    return "CodeFacts[entryPoints=" + entryPoints + ", operations=" + operations + ", fixedInstances=" + fixedInstances
        + ", awakeSocketServers=" + awakeSocketServers + ", selfErasingObjects=" + selfErasingObjects + ", modules=" + modules + ", lines=" + lines + "]";
  }
}
