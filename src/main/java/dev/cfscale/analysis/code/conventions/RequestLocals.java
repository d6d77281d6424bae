package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Optional;

/**
 * A request's {@code locals}: SvelteKit's {@code handle} hook (https://svelte.dev/docs/kit/hooks#Server-hooks-locals)
 * and Astro's middleware (https://docs.astro.build/en/guides/middleware/#storing-data-in-contextlocals) fill
 * {@code event.locals.db = drizzle(event.platform.env.DB)} for the routes after them, which read {@code locals.db},
 * {@code event.locals.db} or {@code Astro.locals.db}. The assignments are indexed with each module.
 */
final class RequestLocals implements Convention {
  private static final String LOCALS = "locals";

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstMemberExpr slot) || !readsLocals(Ast.unwrap(slot.getObj()))) {
      return Optional.empty();
    }
    return Ast.propName(slot).flatMap(name -> evaluator.project().contextValue(LOCALS + "." + name))
        .map(v -> evaluator.declaration(v, depth + 1));
  }

  /** {@code locals} (destructured from the event) or {@code <event>.locals}. */
  private static boolean readsLocals(ISwc4jAst holder) {
    return Ast.identifier(holder).filter(LOCALS::equals).isPresent()
        || holder instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(LOCALS::equals).isPresent();
  }
}
