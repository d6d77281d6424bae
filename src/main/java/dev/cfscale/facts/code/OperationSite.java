package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One call to a platform API found in the code ({@link PlatformCall}: which binding, which operation, its
 * key, SQL or model) and where it sits: how it is reached (entry points), whether it repeats (loop),
 * whether it is awaited or deferred with {@code waitUntil}, whether an admin-path branch guards it, and
 * the conditional branches around it, and where it sits relative to try/catch ({@link ErrorScope}).
 * {@code openFrom} are the entries any client can invoke (a public route, an Agent's callable method) that reach
 * the operation with no authentication or rate limit on the way: no guarding middleware in front of the entry and
 * no function on the path that checks a credential, a signature or a rate-limit binding; {@code openHandlers} are
 * those of them whose own handler code (or a closure in it) holds the operation, not a function the handler calls;
 * {@code openVia} says, for the others, where the first function the handler calls on the way is defined.
 * {@code awaitedThrough}: for an operation its function returns without awaiting it ({@code return db.prepare(sql).first()}
 * in a repository method), the same operation where callers await that function's result ({@code await repo.user(id)}):
 * at the caller's call, in the caller's function and branches. The round trip happens there.
 */
public record OperationSite(
    String file,
    Location location,
    PlatformCall call,
    LoopContext loop,
    boolean awaited,
    boolean inWaitUntil,
    boolean adminGuarded,
    Set<EntryPoint> reachedFrom,
    String function,
    Optional<String> enclosingClass,
    String code,
    List<Branch> branches,
    ErrorScope errors,
    Set<EntryPoint> openFrom,
    Set<EntryPoint> openHandlers,
    java.util.Map<EntryPoint, Location> openVia,
    List<OperationSite> awaitedThrough) {

  public OperationSite {
    awaitedThrough = List.copyOf(awaitedThrough);
    reachedFrom = Set.copyOf(reachedFrom);
    branches = List.copyOf(branches);
    openFrom = Set.copyOf(openFrom);
    openHandlers = Set.copyOf(openHandlers);
    openVia = java.util.Map.copyOf(openVia);
  }

  /** An operation for which access control was not analysed: no entry counts as open. */
  public OperationSite(String file, Location location, PlatformCall call, LoopContext loop, boolean awaited, boolean inWaitUntil,
      boolean adminGuarded, Set<EntryPoint> reachedFrom, String function, Optional<String> enclosingClass, String code,
      List<Branch> branches, ErrorScope errors) {
    this(file, location, call, loop, awaited, inWaitUntil, adminGuarded, reachedFrom, function, enclosingClass, code, branches, errors,
        Set.of(), Set.of(), java.util.Map.of(), List.of());
  }

  /** The binding's name in the config ({@code DB}), or the Durable Object class for its own SQL. */
  public Optional<String> binding() {
    return call.binding();
  }

  public Optional<BindingType> bindingType() {
    return call.bindingType();
  }

  public String operation() {
    return call.operation();
  }

  public KeyArg key() {
    return call.key();
  }

  public Optional<String> sql() {
    return call.sql();
  }

  /** True when the SQL is a template with interpolations (its text is partly unknown). */
  public boolean sqlTemplated() {
    return call.sqlTemplated();
  }

  public Optional<String> model() {
    return call.model();
  }

  public CallOptions options() {
    return call.options();
  }

  /**
   * True when this operation and {@code other} (in the same function) can both run in one call: the
   * conditional decisions of one are a prefix of those of the other, so neither sits in a branch that
   * excludes the other ({@code if (a) { q1 } else { q2 }}), nor does one sit in a branch that returns before
   * the other ({@code if (!row) { q1; return; } q2}).
   */
  public boolean canRunWith(OperationSite other) {
    List<Branch> shorter = branches.size() <= other.branches.size() ? branches : other.branches;
    List<Branch> longer = shorter == branches ? other.branches : branches;
    for (int i = 0; i < shorter.size(); i++) {
      if (!shorter.get(i).sameArm(longer.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when a conditional branch encloses this operation (an early return before it does not count). */
  public boolean inBranch() {
    return branches.stream().anyMatch(Branch::enclosing);
  }

  /**
   * True when some entry that runs per incoming (non-admin) request reaches this operation, and the
   * operation is not inside a branch that only serves administrative paths.
   */
  public boolean onHotRequestPath() {
    return !adminGuarded && reachedFrom.stream().anyMatch(EntryPoint::isHotRequestPath);
  }

  /**
   * True when the loop this operation repeats in walks a list one person has a handful of (their accounts, organizations,
   * workspaces: {@link LoopContext#overPersonalList}) and only request paths reach that loop: a user's request repeats it a few
   * times. A cron or queue reaching it walks every account of the service, so there it still counts.
   */
  public boolean loopsOverPersonalList() {
    Set<EntryPoint> entries = inItsLoop().reachedFrom();
    return loop.overPersonalList() && !entries.isEmpty() && entries.stream().allMatch(e -> e.kind().isRequestPath());
  }

  /**
   * The entries outside admin and test code that any client can invoke and that reach this operation with no
   * authentication or rate limit on the way ({@code openFrom}, less administrative paths).
   */
  public Set<EntryPoint> openHotEntries() {
    return adminGuarded ? Set.of() : openFrom.stream().filter(EntryPoint::isHotRequestPath).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * This operation as it runs in its loop: a function called in a caller's loop is reached there only from the
   * entries that reach the caller (it may also run once, outside any loop, for other entries), and only administrators
   * run it there when the loop is theirs ({@link LoopContext#adminOnly}).
   */
  public OperationSite inItsLoop() {
    if (!loop.viaCall()) {
      return this;
    }
    Set<EntryPoint> entries = loop.entries();
    java.util.function.Predicate<EntryPoint> viaLoop = entries::contains;
    return new OperationSite(file, location, call, loop, awaited, inWaitUntil, adminGuarded || loop.adminOnly(), entries, function, enclosingClass, code,
        branches, errors, openFrom.stream().filter(viaLoop).collect(java.util.stream.Collectors.toSet()),
        openHandlers.stream().filter(viaLoop).collect(java.util.stream.Collectors.toSet()),
        openVia.entrySet().stream().filter(e -> viaLoop.test(e.getKey()))
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)), awaitedThrough);
  }

  /** True for a call on a binding of {@code type} that is one of {@code operations}. */
  public boolean is(BindingType type, String... operations) {
    return bindingType().filter(type::equals).isPresent() && List.of(operations).contains(operation());
  }

  /**
   * True for a write of a temporary entry: its value carries an expiry or freshness field, or its key names a cache or
   * a session. Such an entry is meant to be dropped later, unlike a record kept for good.
   */
  public boolean storesTemporaryEntry() {
    return options().setsExpiryField() || key().namesCacheOrSession();
  }

  /** True for a D1 call that sends SQL to the database in one round trip ({@link D1Executions#isRoundTrip}). */
  public boolean isD1RoundTrip() {
    return bindingType().filter(BindingType.D1_DATABASE::equals).isPresent() && D1Executions.isRoundTrip(operation());
  }

  /**
   * True for an insert an ORM sends on its own ({@code db.insert(t).values(...)}, its SQL rebuilt from the builder with
   * its conflict clause), not a part of another query.
   */
  public boolean isOrmInsert() {
    return is(BindingType.D1_DATABASE, "prepare") && sql().filter(s -> s.startsWith("INSERT")).isPresent()
        && options().orm().filter(o -> !o.nested() && o.insertKeepsConflictClause()).isPresent();
  }
}
