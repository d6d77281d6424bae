package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One call to a platform API found in the code: which binding (and its type from the config), which
 * operation, where, how it is reached (entry points), whether it repeats (loop), whether it is awaited
 * or deferred with {@code waitUntil}, whether an admin-path branch guards it, its key, SQL text or AI
 * model, and call options.
 *
 * <p>{@code bindingType} is empty for non-binding operations: global {@code fetch}, the Cache API,
 * {@code setInterval} and unbounded loops.
 */
public record OperationSite(
    String file,
    Location location,
    Optional<String> binding,
    Optional<BindingType> bindingType,
    String operation,
    KeyArg key,
    Optional<String> sql,
    boolean sqlTemplated,
    Optional<String> model,
    Map<String, String> options,
    LoopContext loop,
    boolean awaited,
    boolean inWaitUntil,
    boolean adminGuarded,
    Set<EntryPoint> reachedFrom,
    String function,
    Optional<String> enclosingClass,
    String code,
    java.util.List<String> branches) {

  public OperationSite {
    options = Map.copyOf(options);
    reachedFrom = Set.copyOf(reachedFrom);
    branches = java.util.List.copyOf(branches);
  }

  /**
   * True when this operation and {@code other} (in the same function) can both run in one call: the
   * conditional branches around one are a prefix of those around the other, so neither sits in a
   * branch that excludes the other ({@code if (a) { q1 } else { q2 }}).
   */
  public boolean canRunWith(OperationSite other) {
    java.util.List<String> shorter = branches.size() <= other.branches.size() ? branches : other.branches;
    java.util.List<String> longer = shorter == branches ? other.branches : branches;
    return longer.subList(0, shorter.size()).equals(shorter);
  }

  /**
   * True when some entry that runs per incoming (non-admin) request reaches this operation, and the
   * operation is not inside a branch that only serves administrative paths.
   */
  public boolean onHotRequestPath() {
    return !adminGuarded && reachedFrom.stream().anyMatch(EntryPoint::isHotRequestPath);
  }

  public boolean is(BindingType type, String... operations) {
    return bindingType.filter(type::equals).isPresent() && java.util.List.of(operations).contains(operation);
  }
}
