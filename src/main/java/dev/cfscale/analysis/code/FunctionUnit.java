package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function-like piece of code (function, method, arrow, or a module's top level) with the names
 * it declares. Units nest: a closure's parent is the unit it is written in, so name lookup walks out.
 */
public final class FunctionUnit {
  private final SourceModule module;
  private final ISwc4jAst node;
  private final FunctionUnit parent;
  private final String name;
  private final List<ISwc4jAst> params;
  private final ClassInfo owner;
  private final Map<String, Declaration> declarations = new LinkedHashMap<>();
  /** The {@code const}/{@code let} declarations of each name with the block each is scoped to, when a name has several. */
  private final Map<String, List<BlockScoped>> blockScoped = new java.util.HashMap<>();

  /** A {@code const}/{@code let} declaration and the block (or switch case, or loop) it is visible in. */
  private record BlockScoped(Declaration declaration, ISwc4jAst block) {}
  private final List<ISwc4jAst> ownNodes = new java.util.ArrayList<>();
  private final List<ISwc4jAst> returned = new java.util.ArrayList<>();
  private final List<UnitCollection> collections = new java.util.concurrent.CopyOnWriteArrayList<>();

  FunctionUnit(SourceModule module, ISwc4jAst node, FunctionUnit parent, String name, List<ISwc4jAst> params, ClassInfo owner) {
    this.module = module;
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.params = List.copyOf(params);
    this.owner = owner;
  }

  /** The module this unit is written in. */
  public SourceModule module() {
    return module;
  }

  public ISwc4jAst node() {
    return node;
  }

  Optional<FunctionUnit> parent() {
    return Optional.ofNullable(parent);
  }

  /** The function's name: its declaration's, its method's or key's, or its holder's ({@code const run = () => ...}). */
  public String name() {
    return name;
  }

  /** The parameter patterns, in order ({@code constructor(private db: D1Database)} gives {@code db}'s pattern). */
  public List<ISwc4jAst> params() {
    return params;
  }

  /** The class this unit is a method of, or that encloses it. */
  public Optional<ClassInfo> owner() {
    return owner != null ? Optional.of(owner) : parent().flatMap(FunctionUnit::owner);
  }

  /** Calls, constructions and loops written directly in this unit (not in nested functions), in source order. */
  /** The nodes of this function's own code (nested functions are units of their own). */
  public List<ISwc4jAst> ownNodes() {
    return java.util.Collections.unmodifiableList(ownNodes);
  }

  /**
   * True when a node under {@code from} that belongs to this function's own code (not to a function, arrow or method
   * nested in it) passes {@code test}: the one walk of a function's own syntax, for questions the indexed
   * {@link #ownNodes} (calls, constructions, loops) do not answer, such as the literals it writes.
   */
  public boolean ownCodeHas(ISwc4jAst from, java.util.function.Predicate<ISwc4jAst> test) {
    if (from != node && module.unitAt(from).isPresent()) {
      return false;
    }
    if (test.test(from)) {
      return true;
    }
    for (ISwc4jAst child : from.getChildNodes()) {
      if (child != null && ownCodeHas(child, test)) {
        return true;
      }
    }
    return false;
  }

  void addOwnNode(ISwc4jAst node) {
    ownNodes.add(node);
  }

  /** Expressions this unit returns ({@code return x}, or an arrow's expression body). */
  public List<ISwc4jAst> returned() {
    return returned;
  }

  void addReturned(ISwc4jAst expression) {
    returned.add(expression);
  }

  /** Variables declared here with a value and assigned another later (most units have none). */
  private java.util.Set<String> reassigned = java.util.Set.of();

  void declare(String identifier, Declaration declaration) {
    declarations.putIfAbsent(identifier, declaration);
  }

  /**
   * Declares {@code identifier} as a {@code const}/{@code let} visible in {@code block}: the same name declared in sibling
   * blocks ({@code const order = ...} in each branch of an if/else or a switch) names a different value in each.
   */
  void declareInBlock(String identifier, Declaration declaration, ISwc4jAst block) {
    declare(identifier, declaration);
    blockScoped.computeIfAbsent(identifier, k -> new java.util.ArrayList<>()).add(new BlockScoped(declaration, block));
  }

  /** Notes that a variable this unit declares with a value is assigned another later ({@code let sql = "..."; sql = ...}). */
  void markReassigned(String identifier) {
    if (reassigned.isEmpty()) {
      reassigned = new java.util.HashSet<>();
    }
    reassigned.add(identifier);
  }

  /** True when a variable this unit declares with a value is assigned another one later (with {@code =}). */
  boolean reassigns(String identifier) {
    return reassigned.contains(identifier);
  }

  /** Replaces what {@code identifier} was declared as ({@code let db = null} later set to a value). */
  void redeclare(String identifier, Declaration declaration) {
    declarations.put(identifier, declaration);
  }

  /**
   * The declaration of {@code identifier} visible here: this unit, then enclosing units, then (in the Worker the
   * current thread analyses) names linked by the module's {@code export * from} and the framework's implicit imports.
   */
  public Optional<Declaration> lookup(String identifier) {
    for (FunctionUnit u = this; u != null; u = u.parent) {
      Declaration d = u.declarations.get(identifier);
      if (d != null) {
        return Optional.of(d);
      }
    }
    return module.undeclared(identifier);
  }

  /**
   * The declaration of {@code identifier} visible where {@code use} is written: as {@link #lookup(String)}, except that
   * of several {@code const}/{@code let} declarations of the name in one function, the one of the innermost block
   * holding the use is taken.
   */
  public Optional<Declaration> lookup(String identifier, ISwc4jAst use) {
    for (FunctionUnit u = this; u != null; u = u.parent) {
      Declaration d = u.declarations.get(identifier);
      if (d != null) {
        return Optional.of(u.visibleAt(identifier, d, use));
      }
    }
    return module.undeclared(identifier);
  }

  /** The variable {@code identifier} names here when it holds its whole initialiser ({@link Declaration#wholeVariable()}). */
  public Optional<Declaration.Variable> wholeVariable(String identifier) {
    return lookup(identifier).flatMap(Declaration::wholeVariable);
  }

  /** As {@link #wholeVariable(String)}, for the declaration visible where {@code use} is written ({@link #lookup(String, ISwc4jAst)}). */
  public Optional<Declaration.Variable> wholeVariable(String identifier, ISwc4jAst use) {
    return lookup(identifier, use).flatMap(Declaration::wholeVariable);
  }

  private Declaration visibleAt(String identifier, Declaration first, ISwc4jAst use) {
    List<BlockScoped> candidates = blockScoped.get(identifier);
    if (candidates == null || candidates.size() < 2 || use == null || first != candidates.get(0).declaration()) {
      return first; // one declaration, or the first is not block-scoped (a parameter, a function)
    }
    BlockScoped innermost = null;
    int at = use.getSpan().getStart();
    for (BlockScoped c : candidates) {
      var span = c.block().getSpan();
      if (span.getStart() <= at && at < span.getEnd() && (innermost == null || span.getStart() >= innermost.block().getSpan().getStart())) {
        innermost = c;
      }
    }
    return innermost == null ? first : innermost.declaration();
  }

  /** What this unit itself declares, by name, in declaration order. */
  Map<String, Declaration> declarations() {
    return java.util.Collections.unmodifiableMap(declarations);
  }

  /** True when this unit itself declares {@code identifier}. */
  boolean declares(String identifier) {
    return declarations.containsKey(identifier);
  }

  /** Collections of this unit kept for reuse by other Workers and rounds; each says what it read of its Worker. */
  List<UnitCollection> collections() {
    return collections;
  }

  /** Keeps {@code collection} for reuse, unless {@code limit} collections are kept already. */
  void keep(UnitCollection collection, int limit) {
    synchronized (collections) {
      if (collections.size() < limit) {
        collections.add(collection);
      }
    }
  }

  /** A readable name for evidence: {@code Class.method}, {@code function}, or {@code <module>}. */
  String displayName() {
    return owner != null ? owner.name() + "." + name : name;
  }

  @Override
  public String toString() {
    return module.relativePath() + ":" + displayName();
  }
}
