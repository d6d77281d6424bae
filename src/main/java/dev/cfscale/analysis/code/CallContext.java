package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForInStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstWhileStmt;
import dev.cfscale.facts.code.AdminPaths;
import dev.cfscale.facts.code.Branch;
import dev.cfscale.facts.code.LoopContext;
import java.util.Optional;
import java.util.Set;

/**
 * Where a call sits in its function: inside a loop body (not the loop's iterable or initializer,
 * which run once), inside an array callback ({@code ids.map(async id => ...)}, fanned out in parallel
 * under {@code Promise.all}), under {@code await}, or deferred with {@code waitUntil}.
 */
record CallContext(LoopContext loop, boolean awaited, boolean inWaitUntil, boolean adminGuarded, java.util.List<Branch> branches,
    dev.cfscale.facts.code.ErrorScope errors) {
  private static final Set<String> ARRAY_CALLBACKS = Set.of("map", "forEach", "flatMap", "filter", "reduce", "some", "every", "find");

  static CallContext of(ISwc4jAst call, FunctionUnit unit, String file) {
    return new CallContext(loop(call, unit, file), awaited(call), inWaitUntil(call), adminGuarded(call, unit), branches(call, unit),
        TryScopes.of(call, unit, file));
  }

  /**
   * The conditional decisions the call's run depends on within its function, outermost first: the branches enclosing
   * it, and the arms it runs on after ifs whose other arm leaves early ({@link EarlyExits}). Two calls can both run in
   * one invocation only when one's decisions are a prefix of the other's.
   */
  private static java.util.List<Branch> branches(ISwc4jAst call, FunctionUnit unit) {
    java.util.LinkedList<Branch> out = new java.util.LinkedList<>();
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null && child != unit.node(); child = p, p = p.getParent()) {
      if (p instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt branch && child != branch.getTest()) {
        out.addFirst(new Branch(Branch.Construct.IF, p.getSpan().getStart(), child == branch.getCons() ? "then" : "else", true));
      } else if (p instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstSwitchCase c && p.getParent() != null) {
        out.addAll(0, EarlyExits.before(c.getCons(), child));
        out.addFirst(new Branch(Branch.Construct.SWITCH_CASE, p.getParent().getSpan().getStart(), String.valueOf(c.getSpan().getStart()), true));
      } else if (p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr cond && child != cond.getTest()) {
        out.addFirst(new Branch(Branch.Construct.CONDITIONAL, p.getSpan().getStart(), child == cond.getCons() ? "then" : "else", true));
      } else if (p instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt block) {
        out.addAll(0, EarlyExits.before(block.getStmts(), child));
      } else if (isLoop(p)) {
        // a return in one round of a loop does not stop the earlier rounds from running what follows it
        out.removeIf(b -> !b.enclosing());
      }
      if (p == unit.node()) {
        break;
      }
    }
    return java.util.List.copyOf(out);
  }

  private static boolean isLoop(ISwc4jAst node) {
    return node instanceof Swc4jAstForOfStmt || node instanceof Swc4jAstForInStmt || node instanceof Swc4jAstForStmt
        || node instanceof Swc4jAstWhileStmt || node instanceof Swc4jAstDoWhileStmt;
  }

  /** True when a conditional branch encloses the call (an early return before it does not count). */
  boolean inBranch() {
    return branches.stream().anyMatch(Branch::enclosing);
  }

  /**
   * The context in which a function passed as an argument runs: per element when the call is an array
   * method ({@code items.map(processItem)}), otherwise the call's own context.
   */
  static CallContext forCallback(ISwc4jAst call, ISwc4jAst callee, FunctionUnit unit, String file) {
    CallContext own = of(call, unit, file);
    if (own.loop().inLoop() || !(Ast.unwrap(callee) instanceof Swc4jAstMemberExpr m)
        || Ast.propName(m).filter(ARRAY_CALLBACKS::contains).isEmpty() || smallLiteral(m.getObj(), unit)
        || CapTrims.overflowOnly(m.getObj(), call, unit)) {
      return own;
    }
    LoopContext perElement = new LoopContext(LoopContext.Kind.ARRAY_CALLBACK, Optional.of(Ast.location(file, call)),
        insidePromiseAll(call), false);
    perElement = PersonalLists.named(m.getObj()) ? perElement.withPersonalList() : perElement;
    return new CallContext(perElement, own.awaited(), own.inWaitUntil(), own.adminGuarded(), own.branches(), own.errors());
  }

  /**
   * Inside {@code if (url.pathname.startsWith("/admin")) { ... }} or a {@code case "/admin/..."}: the
   * branch of a plain fetch handler that serves administrative paths; or behind an admin check ({@link AdminChecks}).
   */
  private static boolean adminGuarded(ISwc4jAst call, FunctionUnit unit) {
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null && child != unit.node(); child = p, p = p.getParent()) {
      if (p instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt branch && child == branch.getCons()
          && mentionsAdminPath(branch.getTest())) {
        return true;
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstSwitchCase c && c.getTest().filter(CallContext::mentionsAdminPath).isPresent()) {
        return true;
      }
      if (AdminChecks.guards(p, child, unit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsAdminPath(ISwc4jAst test) {
    if (Ast.unwrap(test) instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr s) {
      return AdminPaths.startsPath(s.getValue());
    }
    for (ISwc4jAst child : test.getChildNodes()) {
      if (child != null && mentionsAdminPath(child)) {
        return true;
      }
    }
    return false;
  }

  /** A loop over a literal array this short is bounded by the code, not by the input: not repetition that scales. */
  private static final int SMALL_LITERAL = 10;

  private static LoopContext loop(ISwc4jAst call, FunctionUnit unit, String file) {
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null && child != unit.node(); child = p, p = p.getParent()) {
      if (p instanceof Swc4jAstForOfStmt f && child == f.getBody()
          && (smallLiteral(f.getRight(), unit) || MigrationLists.is(f.getRight(), unit)
              || CappedCollections.capped(f.getRight(), unit, SMALL_LITERAL)
              || CapTrims.overflowOnly(f.getRight(), f, unit))) {
        continue;
      }
      if (repeats(p, child) && !LeavesAfter.call(call, p) && !LoopMemos.missOnly(call, p, unit)) {
        LoopContext loop = new LoopContext(LoopContext.Kind.LOOP, Optional.of(Ast.location(file, p)), false, false);
        loop = PersonalLists.walkedBy(p) ? loop.withPersonalList() : loop;
        return p instanceof Swc4jAstForOfStmt f && ObjectStateCollections.held(f.getRight(), unit) ? loop.withObjectState() : loop;
      }
      if (p == unit.node()) {
        break;
      }
    }
    return arrayCallback(unit, file);
  }

  /**
   * Whether {@code child} is a part of loop {@code p} that runs on every iteration. Item loops
   * (for-of, for-in) repeat unless they break out (a search for the first success); counted and
   * conditional loops that can exit early (break, return, throw) are retry or poll loops, not per-item
   * repetition, and so are those that stop when a search succeeds ({@link SearchLoops}) and counted loops that
   * take one chunk of a list per iteration ({@link ChunkedLoops}: the batching itself), and loops that draw another
   * candidate name while the last one is taken ({@link FreeNameLoops}).
   */
  private static boolean repeats(ISwc4jAst p, ISwc4jAst child) {
    if (p instanceof Swc4jAstForOfStmt f) {
      // a break ends a search or a capped walk (try each fallback until one answers): not per-item repetition
      return child == f.getBody() && !Exits.hasBreak(f.getBody());
    }
    if (p instanceof Swc4jAstForInStmt f) {
      return child == f.getBody();
    }
    if (p instanceof Swc4jAstForStmt f) {
      boolean inside = child == f.getBody() || f.getTest().filter(t -> t == child).isPresent() || f.getUpdate().filter(u -> u == child).isPresent();
      return inside && !Exits.hasExit(f.getBody()) && !ChunkedLoops.byChunk(f);
    }
    if (p instanceof Swc4jAstWhileStmt w) {
      return !Exits.hasExit(p) && !SearchLoops.stopsWhenFound(w.getTest(), w.getBody()) && !FreeNameLoops.whileTaken(w.getTest(), w.getBody());
    }
    if (p instanceof Swc4jAstDoWhileStmt d) {
      return !Exits.hasExit(p) && !SearchLoops.stopsWhenFound(d.getTest(), d.getBody()) && !FreeNameLoops.whileTaken(d.getTest(), d.getBody());
    }
    return false;
  }

  /** The unit is itself a callback of {@code array.map(...)} and kin. */
  private static LoopContext arrayCallback(FunctionUnit unit, String file) {
    ISwc4jAst node = unit.node();
    if (!(node.getParent() instanceof Swc4jAstExprOrSpread arg) || !(arg.getParent() instanceof Swc4jAstCallExpr call)) {
      return LoopContext.NONE;
    }
    if (!(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m) || Ast.propName(m).filter(ARRAY_CALLBACKS::contains).isEmpty()
        || unit.parent().map(outer -> smallLiteral(m.getObj(), outer) || CapTrims.overflowOnly(m.getObj(), call, outer)).orElse(false)) {
      return LoopContext.NONE;
    }
    boolean parallel = insidePromiseAll(call);
    LoopContext perElement = new LoopContext(LoopContext.Kind.ARRAY_CALLBACK, Optional.of(Ast.location(file, call)), parallel, false);
    return PersonalLists.named(m.getObj()) ? perElement.withPersonalList() : perElement;
  }

  /** How many re-exports a constant list imported from the project's own modules is followed through. */
  private static final int MAX_IMPORT_HOPS = 4;

  /**
   * An array literal (or a variable initialized with one, here or exported by a project module this one imports it from:
   * {@code import { ROUTES } from "./constants"}) of at most {@link #SMALL_LITERAL} elements.
   */
  private static boolean smallLiteral(ISwc4jAst node, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent id) {
      n = unit.lookup(id.getSym()).map(CallContext::throughImports).flatMap(Declaration::wholeVariable)
          .map(v -> Ast.unwrap(v.init())).orElse(n);
    }
    // [...items] spreads a collection of any size: only element lists written out count
    return n instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit a && a.getElems().size() <= SMALL_LITERAL
        && a.getElems().stream().allMatch(e -> e.isPresent() && e.get().getSpread().isEmpty());
  }

  private static Declaration throughImports(Declaration d) {
    Project project = Project.current();
    return project == null ? d : project.throughImports(d, MAX_IMPORT_HOPS);
  }

  private static boolean insidePromiseAll(ISwc4jAst call) {
    for (ISwc4jAst p = call.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Swc4jAstCallExpr outer && Ast.unwrap(outer.getCallee()) instanceof Swc4jAstMemberExpr m
          && Ast.identifier(m.getObj()).filter("Promise"::equals).isPresent()) {
        return true;
      }
      if (!(p instanceof Swc4jAstExprOrSpread || p instanceof Swc4jAstCallExpr || p instanceof Swc4jAstMemberExpr)) {
        return false;
      }
    }
    return false;
  }

  private static boolean awaited(ISwc4jAst call) {
    for (ISwc4jAst p = call.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Swc4jAstAwaitExpr) {
        return true;
      }
      // await timed(query, "label"): the promise handed to an awaited call is awaited with it (not one in an array)
      boolean handedOn = p instanceof Swc4jAstExprOrSpread arg && arg.getSpread().isEmpty() && arg.getParent() instanceof Swc4jAstCallExpr;
      if (!(handedOn || p instanceof Swc4jAstMemberExpr || p instanceof Swc4jAstCallExpr
          || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstOptChainExpr
          || p instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall)) {
        return false;
      }
    }
    return false;
  }

  /** Anywhere under {@code *.waitUntil(...)} or a destructured {@code waitUntil(...)}, across function boundaries. */
  private static boolean inWaitUntil(ISwc4jAst call) {
    for (ISwc4jAst p = call.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Swc4jAstCallExpr c && (Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m
          && Ast.propName(m).filter("waitUntil"::equals).isPresent() || destructuredWaitUntil(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code waitUntil(promise)} called by its bare name, as Pages Functions and handlers that destructure their context
   * write it ({@code const { waitUntil } = context}). The platform's returns nothing to await and takes a promise; a
   * project's polling helper of that name ({@code await waitUntil(() => ready())}) is awaited or given a function.
   */
  private static boolean destructuredWaitUntil(Swc4jAstCallExpr c) {
    if (Ast.identifier(c.getCallee()).filter("waitUntil"::equals).isEmpty() || c.getArgs().size() != 1 || awaited(c)) {
      return false;
    }
    ISwc4jAst arg = Ast.unwrap(c.getArgs().get(0).getExpr());
    return !(arg instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr || arg instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr);
  }
}
