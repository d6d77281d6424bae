package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstSpreadElement;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A value built from a collection plus one more entry, in plain JavaScript: {@code [...list, item]},
 * {@code [...list.slice(-49), item]}, {@code [item, ...list]}, {@code list.concat(item)}, {@code { ...map, [key]: v }},
 * through a local variable or a project function that returns such a value for its parameters
 * ({@code trimToRecent(this.state.inbox, record)}). Conventions decide whether the collection is something stored.
 */
public final class GrowingValues {
  /** Methods that cut an array to a number of its items before the new one goes in ({@code filter} keeps any number). */
  private static final Set<String> CUTS = Set.of("slice");
  private static final int MAX_DEPTH = 4;

  private GrowingValues() {}

  /**
   * One more entry in {@code collection}: {@code item} (with the unit its code is read in) is appended, or put under a
   * computed key ({@code keyed}); {@code capped} when the collection is cut first.
   */
  public record Growth(ISwc4jAst collection, FunctionUnit collectionUnit, boolean keyed, boolean capped, ISwc4jAst item,
      FunctionUnit itemUnit) {}

  /** How {@code value} grows a collection, when it is built as one plus an entry. */
  public static Optional<Growth> of(ISwc4jAst value, FunctionUnit unit) {
    return of(value, unit, List.of(), null, 0);
  }

  /**
   * {@code args}/{@code caller}: what the parameters of {@code unit} receive when it is a helper called with them, so
   * a collection or item named by a parameter is read at the call.
   */
  private static Optional<Growth> of(ISwc4jAst value, FunctionUnit unit, List<ISwc4jAst> args, FunctionUnit caller, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    ISwc4jAst n = Ast.unwrap(value);
    if (n instanceof Swc4jAstIdent id) {
      return unit.wholeVariable(id.getSym()).flatMap(v -> of(v.init(), v.scope(), args, caller, depth + 1));
    }
    if (n instanceof Swc4jAstArrayLit array) {
      return appended(array, unit, args, caller);
    }
    if (n instanceof Swc4jAstObjectLit object) {
      return keyed(object, unit, args, caller);
    }
    Optional<Ast.Call> call = Ast.call(n);
    if (call.isEmpty()) {
      return Optional.empty();
    }
    if (call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("concat"::equals).isPresent()
        && call.get().args().size() == 1) {
      Cut base = cut(m.getObj());
      return Optional.of(resolve(base.collection(), unit, base.capped(), false, call.get().args().get(0), args, caller));
    }
    return helper(call.get(), unit, depth);
  }

  /** {@code [...list, item]} or {@code [item, ...list]}: exactly one spread and one other element. */
  private static Optional<Growth> appended(Swc4jAstArrayLit array, FunctionUnit unit, List<ISwc4jAst> args, FunctionUnit caller) {
    ISwc4jAst spread = null;
    ISwc4jAst item = null;
    for (var elem : array.getElems()) {
      if (elem.isEmpty()) {
        return Optional.empty();
      }
      if (elem.get().getSpread().isPresent() && spread == null) {
        spread = elem.get().getExpr();
      } else if (elem.get().getSpread().isEmpty() && item == null) {
        item = elem.get().getExpr();
      } else {
        return Optional.empty();
      }
    }
    if (spread == null || item == null) {
      return Optional.empty();
    }
    Cut base = cut(spread);
    return Optional.of(resolve(base.collection(), unit, base.capped(), false, item, args, caller));
  }

  /** {@code { ...map, [key]: value }}: one spread and one entry under a computed key. */
  private static Optional<Growth> keyed(Swc4jAstObjectLit object, FunctionUnit unit, List<ISwc4jAst> args, FunctionUnit caller) {
    if (object.getProps().size() != 2 || !(object.getProps().get(0) instanceof Swc4jAstSpreadElement spread)
        || !(object.getProps().get(1) instanceof Swc4jAstKeyValueProp entry) || !(entry.getKey() instanceof Swc4jAstComputedPropName key)
        || Ast.name(key).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(resolve(spread.getExpr(), unit, false, true, entry.getValue(), args, caller));
  }

  /** A call of a project function that returns a growing value: read it with the call's arguments for its parameters. */
  private static Optional<Growth> helper(Ast.Call call, FunctionUnit unit, int depth) {
    if (!(call.unwrappedCallee() instanceof Swc4jAstIdent callee)) {
      return Optional.empty();
    }
    Optional<Declaration> d = unit.lookup(callee.getSym());
    if (d.isEmpty() || !(d.get() instanceof Declaration.Function f) || f.unit().returned().size() != 1) {
      return Optional.empty();
    }
    return of(f.unit().returned().get(0), f.unit(), call.args(), unit, depth + 1);
  }

  /** The collection and item, each read at the caller when it is a parameter of the helper. */
  private static Growth resolve(ISwc4jAst collection, FunctionUnit unit, boolean capped, boolean keyed, ISwc4jAst item,
      List<ISwc4jAst> args, FunctionUnit caller) {
    Optional<ISwc4jAst> passedCollection = passed(collection, unit, args);
    Optional<ISwc4jAst> passedItem = passed(item, unit, args);
    return new Growth(passedCollection.orElse(collection), passedCollection.isPresent() ? caller : unit, keyed, capped,
        passedItem.orElse(item), passedItem.isPresent() ? caller : unit);
  }

  private static Optional<ISwc4jAst> passed(ISwc4jAst node, FunctionUnit unit, List<ISwc4jAst> args) {
    return Ast.identifier(node).flatMap(unit::lookup).filter(d -> d instanceof Declaration.Parameter p && p.path().isEmpty()
        && p.unit() == unit && p.index() < args.size()).map(d -> args.get(((Declaration.Parameter) d).index()));
  }

  private record Cut(ISwc4jAst collection, boolean capped) {}

  /** {@code list.slice(-49)} is {@code list}, cut; anything else is itself. */
  private static Cut cut(ISwc4jAst spread) {
    ISwc4jAst n = Ast.unwrap(spread);
    Optional<Ast.Call> call = Ast.call(n);
    if (call.isPresent() && call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter(CUTS::contains).isPresent()) {
      return new Cut(m.getObj(), true);
    }
    return new Cut(n, false);
  }

  /** {@code this.state.emails} as the names of its path ({@code [this, state, emails]}), when it is a plain member chain. */
  public static Optional<List<String>> path(ISwc4jAst node) {
    List<String> out = new ArrayList<>();
    ISwc4jAst n = Ast.unwrap(node);
    while (n instanceof Swc4jAstMemberExpr m) {
      Optional<String> name = Ast.propName(m);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      out.add(0, name.get());
      n = Ast.unwrap(m.getObj());
    }
    if (n instanceof Swc4jAstThisExpr) {
      out.add(0, "this");
    } else if (n instanceof Swc4jAstIdent id) {
      out.add(0, id.getSym());
    } else {
      return Optional.empty();
    }
    return Optional.of(out);
  }
}
