package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassFields;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.GrowingValues;
import dev.cfscale.analysis.code.LargeContent;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.StoredGrowth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a value a Durable Object writes to its own storage grows ({@link StoredGrowth}): a binary payload or an encoded
 * whole document, a field the class fills as a map of every record written whole ({@code { store: this.records }}),
 * or a list read from storage and written back with one more item ({@code [...log, entry]}, or {@code log.push(entry)}
 * then {@code put("log", log)}).
 */
final class StoredValues {
  private static final Set<String> CUTS = Set.of("shift", "splice", "pop", "slice");

  private StoredValues() {}

  /** How the value of {@code storage.put(key, value)} grows, when it does. */
  static Optional<StoredGrowth> put(ISwc4jAst value, FunctionUnit unit, Evaluator evaluator) {
    Optional<StoredGrowth> whole = wholePayload(value, unit, evaluator);
    if (whole.isPresent()) {
      return whole;
    }
    Optional<String> map = recordMap(value, unit);
    if (map.isPresent()) {
      return Optional.of(new StoredGrowth(StoredGrowth.Shape.WHOLE_DOCUMENT, map.get(), false, Optional.empty(), false));
    }
    Optional<GrowingValues.Growth> grown = GrowingValues.of(value, unit).filter(g -> readFromStorage(g.collection(), g.collectionUnit()));
    if (grown.isPresent()) {
      GrowingValues.Growth g = grown.get();
      return Optional.of(new StoredGrowth(g.keyed() ? StoredGrowth.Shape.KEYED : StoredGrowth.Shape.APPENDED,
          Ast.identifier(g.collection()).orElse("the stored list"), g.capped(), LargeContent.of(g.item(), g.itemUnit(), evaluator), false));
    }
    return pushedThenPut(value, unit, evaluator);
  }

  /** A parameter of an SQL write that is a binary payload or an encoded whole document. */
  static Optional<StoredGrowth> sqlParameters(List<ISwc4jAst> parameters, FunctionUnit unit, Evaluator evaluator) {
    return parameters.stream().map(p -> wholePayload(p, unit, evaluator)).flatMap(Optional::stream).findFirst();
  }

  private static Optional<StoredGrowth> wholePayload(ISwc4jAst value, FunctionUnit unit, Evaluator evaluator) {
    if (evaluator.eval(value, unit) instanceof Value.Blob blob) {
      return Optional.of(new StoredGrowth(StoredGrowth.Shape.WHOLE_DOCUMENT, Ast.identifier(value).orElse("the value"), false,
          Optional.of(blob.source()), false));
    }
    return Optional.empty();
  }

  /** {@code this.records}, or an object literal with it as a property, where the class stores records under computed keys. */
  private static Optional<String> recordMap(ISwc4jAst value, FunctionUnit unit) {
    Optional<ClassInfo> owner = unit.owner();
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    ISwc4jAst n = Ast.unwrap(value);
    List<ISwc4jAst> candidates = n instanceof Swc4jAstObjectLit o
        ? o.getProps().stream().filter(Swc4jAstKeyValueProp.class::isInstance).map(p -> (ISwc4jAst) ((Swc4jAstKeyValueProp) p).getValue()).toList()
        : List.of(n);
    for (ISwc4jAst candidate : candidates) {
      Optional<List<String>> path = GrowingValues.path(candidate);
      if (path.isPresent() && path.get().size() == 2 && path.get().get(0).equals("this") && ClassFields.keyedInto(owner.get(), path.get().get(1))) {
        return Optional.of("this." + path.get().get(1));
      }
    }
    return Optional.empty();
  }

  /** {@code const log = await storage.get("log") ?? []; log.push(entry); storage.put("log", log)}. */
  private static Optional<StoredGrowth> pushedThenPut(ISwc4jAst value, FunctionUnit unit, Evaluator evaluator) {
    Optional<String> name = Ast.identifier(value);
    if (name.isEmpty() || !readFromStorage(value, unit)) {
      return Optional.empty();
    }
    Optional<ISwc4jAst> item = Optional.empty();
    boolean capped = false;
    for (ISwc4jAst n : unit.ownNodes()) {
      Optional<Ast.Call> call = Ast.call(n);
      if (call.isPresent() && call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.identifier(m.getObj()).equals(name)) {
        String method = Ast.propName(m).orElse("");
        if ((method.equals("push") || method.equals("unshift")) && call.get().args().size() == 1) {
          item = Optional.of(call.get().args().get(0));
        }
        capped |= CUTS.contains(method);
      }
    }
    boolean cut = capped;
    return item.map(i -> new StoredGrowth(StoredGrowth.Shape.APPENDED, name.get(), cut, LargeContent.of(i, unit, evaluator), false));
  }

  /** A local variable initialised with what {@code <x>.storage.get(...)} returned ({@code await}, {@code ?? []} allowed). */
  private static boolean readFromStorage(ISwc4jAst collection, FunctionUnit unit) {
    Optional<Declaration.Variable> v = Ast.identifier(collection).flatMap(unit::wholeVariable);
    if (v.isEmpty()) {
      return false;
    }
    ISwc4jAst init = Ast.unwrap(v.get().init());
    if (init instanceof Swc4jAstBinExpr b && Set.of("??", "||").contains(b.getOp().getName())) {
      init = Ast.unwrap(b.getLeft());
    }
    if (init instanceof Swc4jAstAwaitExpr a) {
      init = Ast.unwrap(a.getArg());
    }
    Optional<Ast.Call> call = Ast.call(init);
    return call.isPresent() && call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("get"::equals).isPresent()
        && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr storage && Ast.propName(storage).filter("storage"::equals).isPresent();
  }
}
