package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Queues consumer's own calls: {@code message.ack()}, {@code message.retry({ delaySeconds })},
 * {@code batch.ackAll()}, {@code batch.retryAll()} (operations {@code message.ack}, {@code message.retry},
 * {@code batch.ackAll}, {@code batch.retryAll}), and the loop over a batch's messages
 * ({@code for (const m of batch.messages)}, {@code batch.messages.map(...)}: operation
 * {@code queue.messages}, at the loop, so operations inside it can be matched by their loop's line).
 * Settle calls are recognised by shape (rules keep only those a queue handler reaches); the loop only over a delivered
 * batch's messages, not over any array named {@code messages} (a chat history).
 *
 * @see <a href="https://developers.cloudflare.com/queues/configuration/batching-retries/">Queues batching and retries</a>
 */
final class QueueMessages implements Convention {
  private static final Map<String, String> SETTLES = Map.of("ack", "message.ack", "retry", "message.retry",
      "ackAll", "batch.ackAll", "retryAll", "batch.retryAll");
  private static final Set<String> ARRAY_LOOPS = Set.of("map", "forEach", "flatMap");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    if (node instanceof Swc4jAstForOfStmt loop && overMessages(loop.getRight(), unit, scope)) {
      scope.record(unit, node, Optional.empty(), "queue.messages", KeyArg.NONE, CallOptions.NONE);
      return;
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    if (ARRAY_LOOPS.contains(method) && overMessages(m.getObj(), unit, scope)) {
      scope.record(unit, node, Optional.empty(), "queue.messages", KeyArg.NONE, CallOptions.NONE);
    } else if (SETTLES.containsKey(method) && settleArguments(call.get().args())) {
      scope.record(unit, node, Optional.empty(), SETTLES.get(method), KeyArg.NONE, CallOptions.NONE);
    }
  }

  /**
   * A delivered batch's messages ({@code batch.messages}, or what flows from it, see {@link QueueBatches}); the cheap
   * test of the name first, so that only expressions that can be one are resolved.
   */
  private static boolean overMessages(ISwc4jAst expr, FunctionUnit unit, OperationScope scope) {
    ISwc4jAst node = Ast.unwrap(expr);
    boolean named = node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("messages"::equals).isPresent()
        || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
    return named && QueueBatches.messages(node, unit, scope.evaluator());
  }

  /** ack()/ackAll() take nothing; retry()/retryAll() at most an options object ({@code { delaySeconds }}). */
  private static boolean settleArguments(List<ISwc4jAst> args) {
    return args.isEmpty() || (args.size() == 1 && Ast.unwrap(args.get(0)) instanceof Swc4jAstObjectLit);
  }
}
