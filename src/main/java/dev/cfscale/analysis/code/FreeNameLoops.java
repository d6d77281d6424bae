package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUpdateExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A loop that looks for a free name: {@code while ((await env.LINKS.get(slug)) !== null) slug = randomSlug()} or
 * {@code do { id = nanoid() } while (await db.prepare(...).bind(id).first())}. Its test reads the candidate and goes
 * round again only while the name is taken; the body draws another candidate. It ends at the first free name, so it
 * runs once per collision (almost never), not once per item.
 */
final class FreeNameLoops {
  private FreeNameLoops() {}

  /** True when {@code test} holds while a lookup of a candidate finds something, and {@code body} changes the candidate. */
  static boolean whileTaken(ISwc4jAst test, ISwc4jAst body) {
    return lookupWhilePresent(test, body).filter(call -> changesAnArgument(call, body, test)).isPresent();
  }

  /**
   * The call whose answer the test requires to be present: {@code await get(k)}, {@code !!(await get(k))},
   * {@code (await get(k)) !== null}, or the same held in a variable the body sets ({@code while (taken) { ...; taken =
   * await get(k) }}).
   */
  private static Optional<ISwc4jAst> lookupWhilePresent(ISwc4jAst test, ISwc4jAst body) {
    ISwc4jAst t = Ast.unwrap(test);
    if (t instanceof Swc4jAstUnaryExpr outer && outer.getOp() == Swc4jAstUnaryOp.Bang
        && Ast.unwrap(outer.getArg()) instanceof Swc4jAstUnaryExpr inner && inner.getOp() == Swc4jAstUnaryOp.Bang) {
      t = Ast.unwrap(inner.getArg());
    } else if (t instanceof Swc4jAstBinExpr b && (b.getOp() == Swc4jAstBinaryOp.NotEqEq || b.getOp() == Swc4jAstBinaryOp.NotEq)) {
      t = Ast.nullish(b.getRight()) ? Ast.unwrap(b.getLeft()) : Ast.nullish(b.getLeft()) ? Ast.unwrap(b.getRight()) : null;
    }
    if (t instanceof Swc4jAstIdent held) {
      return awaitedInto(body, held.getSym()).flatMap(FreeNameLoops::awaitedCall);
    }
    return awaitedCall(t);
  }

  private static Optional<ISwc4jAst> awaitedCall(ISwc4jAst node) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstAwaitExpr await)) {
      return Optional.empty();
    }
    ISwc4jAst call = Ast.unwrap(await.getArg());
    return Ast.call(call).isPresent() ? Optional.of(call) : Optional.empty();
  }

  /** What the body assigns to {@code name} ({@code taken = await KV.get(next)}), when it does. */
  private static Optional<ISwc4jAst> awaitedInto(ISwc4jAst body, String name) {
    ISwc4jAst[] value = new ISwc4jAst[1];
    Ast.contains(body, n -> {
      if (n instanceof Swc4jAstAssignExpr a && a.getLeft() instanceof Swc4jAstBindingIdent b && b.getId().getSym().equals(name)) {
        value[0] = a.getRight();
        return true;
      }
      return false;
    });
    return Optional.ofNullable(value[0]);
  }

  /** A variable named in the lookup's arguments (or its callee chain's, {@code .bind(id)}) that the loop assigns. */
  private static boolean changesAnArgument(ISwc4jAst call, ISwc4jAst body, ISwc4jAst test) {
    Set<String> named = new HashSet<>();
    Ast.contains(call, n -> {
      if (n instanceof Swc4jAstIdent id) {
        named.add(id.getSym());
      }
      return false;
    });
    return assigns(body, named) || assigns(test, named);
  }

  private static boolean assigns(ISwc4jAst node, Set<String> names) {
    return Ast.contains(node, n -> n instanceof Swc4jAstAssignExpr a && a.getLeft() instanceof Swc4jAstBindingIdent b
        && names.contains(b.getId().getSym())
        || n instanceof Swc4jAstUpdateExpr u && Ast.identifier(u.getArg()).filter(names::contains).isPresent());
  }
}
