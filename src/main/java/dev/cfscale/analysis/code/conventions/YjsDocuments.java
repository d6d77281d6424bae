package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Optional;
import java.util.Set;

/**
 * Yjs ({@code yjs}): {@code encodeStateAsUpdate(doc)} (also {@code Y.encodeStateAsUpdate}, the V2 form) is the whole
 * shared document as one binary update, every edit ever kept in it: a payload as large as the document grows.
 */
final class YjsDocuments implements Convention {
  private static final Set<String> WHOLE_DOCUMENT = Set.of("encodeStateAsUpdate", "encodeStateAsUpdateV2");
  private static final String PACKAGE = "yjs";

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || call.get().args().isEmpty()) {
      return Optional.empty();
    }
    ISwc4jAst callee = call.get().unwrappedCallee();
    Optional<String> function = Optional.empty();
    if (callee instanceof Swc4jAstIdent id && imported(id.getSym(), unit).filter(WHOLE_DOCUMENT::contains).isPresent()) {
      function = Optional.of(id.getSym());
    } else if (callee instanceof Swc4jAstMemberExpr m && Ast.identifier(m.getObj()).flatMap(ns -> imported(ns, unit)).filter("*"::equals)
        .isPresent()) {
      function = Ast.propName(m).filter(WHOLE_DOCUMENT::contains);
    }
    return function.map(f -> new Value.Blob("the whole Yjs document encoded with " + f + "()"));
  }

  /** The name {@code local} imports from {@code yjs} ("*" for the namespace), when it does. */
  private static Optional<String> imported(String local, FunctionUnit unit) {
    return unit.lookup(local).filter(d -> d instanceof Declaration.Import i && i.specifier().equals(PACKAGE))
        .map(d -> ((Declaration.Import) d).imported());
  }
}
