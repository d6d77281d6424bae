package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
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
 * The per-request context a framework builds with the project's factory and hands to its handlers: tRPC's
 * {@code createContext: (_, c) => ({ db: drizzle(c.env.DB) })} is a procedure's {@code ctx}
 * (https://trpc.io/docs/server/context), Remix's {@code getLoadContext} a loader's {@code context}
 * (https://remix.run/docs/en/main/other-api/adapter#createrequesthandler). {@code ctx.db} and {@code context.db}, read
 * from the handler's destructured options ({@code ({ ctx, input }) => ...}) or through them ({@code opts.ctx.db}), are
 * the member of the object the factory returns; the factories are indexed with each module.
 */
final class ContextFactoryValues implements Convention {
  /** The names handlers receive the context under. */
  private static final Set<String> HOLDERS = Set.of("ctx", "context");
  /** Where the engine keeps a context factory's members ({@code ModuleIndexer}'s prefix). */
  private static final String PREFIX = "ctx.";

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstMemberExpr read) || !handlerContext(Ast.unwrap(read.getObj()), unit)) {
      return Optional.empty();
    }
    // a member the factory does not build (context.cloudflare.env is read the usual way) is left to the engine
    return Ast.propName(read).flatMap(name -> evaluator.project().contextValue(PREFIX + name))
        .map(v -> evaluator.declaration(v, depth + 1)).filter(v -> v != Value.UNKNOWN);
  }

  /**
   * {@code ctx} or {@code context} destructured from a handler's options, or {@code <options>.ctx}: not a Worker's
   * positional {@code ctx} (its ExecutionContext), a Pages Function's {@code context}, or a Durable Object's {@code this.ctx}.
   */
  private static boolean handlerContext(ISwc4jAst holder, FunctionUnit unit) {
    if (holder instanceof Swc4jAstMemberExpr m) {
      return Ast.propName(m).filter("ctx"::equals).isPresent() && !(Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr);
    }
    return holder instanceof Swc4jAstIdent id && HOLDERS.contains(id.getSym())
        && unit.lookup(id.getSym()).filter(d -> d instanceof Declaration.Parameter p && !p.path().isEmpty()).isPresent();
  }
}
