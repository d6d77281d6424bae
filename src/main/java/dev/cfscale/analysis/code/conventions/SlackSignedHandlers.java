package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Slack apps built with slack-edge ({@code slack-edge}, {@code slack-cloudflare-workers}): the listeners registered on a
 * {@code new SlackApp({ env })} ({@code app.command("/deploy", ack, lazy)}, {@code app.event}, {@code app.action}, ...)
 * run only after {@code app.run(request, ctx)} has verified the request's Slack signature with the signing secret
 * (https://github.com/slack-edge/slack-edge#readme), so what they run is behind a signed-webhook check.
 */
final class SlackSignedHandlers implements Convention {
  private static final Set<String> PACKAGES = Set.of("slack-edge", "slack-cloudflare-workers");
  private static final Set<String> APP_CLASSES = Set.of("SlackApp", "SlackOAuthApp");
  /** The listener registrations of slack-edge's app. */
  private static final Set<String> LISTENERS = Set.of("command", "event", "anyMessage", "message", "action", "shortcut",
      "globalShortcut", "messageShortcut", "view", "viewSubmission", "viewClosed", "options", "function");
  private static final Object LISTENER_UNITS = new Object();

  @Override
  public boolean guards(FunctionUnit unit, Evaluator evaluator) {
    return listeners(unit.module()).contains(unit);
  }

  /** The functions this module registers as listeners of a slack-edge app, found once per module. */
  private static Set<FunctionUnit> listeners(SourceModule module) {
    return module.derived(LISTENER_UNITS, m -> {
      Set<FunctionUnit> out = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Swc4jAstCallExpr call : m.calls()) {
        if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr member && Ast.propName(member).filter(LISTENERS::contains).isPresent()
            && isSlackApp(member.getObj(), m.unitHolding(call))) {
          call.getArgs().forEach(arg -> listener(arg.getExpr(), m, m.unitHolding(call)).ifPresent(out::add));
        }
      }
      return out;
    });
  }

  /** A function written as the argument, or a function the argument names. */
  private static java.util.Optional<FunctionUnit> listener(ISwc4jAst arg, SourceModule module, FunctionUnit scope) {
    ISwc4jAst node = Ast.unwrap(arg);
    if (node instanceof Swc4jAstIdent id) {
      return scope.lookup(id.getSym()).filter(d -> d instanceof Declaration.Function).map(d -> ((Declaration.Function) d).unit());
    }
    return module.unitAt(node).filter(u -> u.node() == node);
  }

  /** {@code app} declared as {@code new SlackApp(...)} of one of slack-edge's packages. */
  private static boolean isSlackApp(ISwc4jAst receiver, FunctionUnit scope) {
    return Ast.identifier(Ast.unwrap(receiver)).flatMap(scope::lookup)
        .filter(d -> d instanceof Declaration.Variable v && Ast.unwrap(v.init()) instanceof Swc4jAstNewExpr created
            && Ast.identifier(Ast.unwrap(created.getCallee())).filter(APP_CLASSES::contains)
                .flatMap(name -> v.scope().module().topLevel().lookup(name))
                .filter(i -> i instanceof Declaration.Import imp && PACKAGES.contains(imp.specifier())).isPresent())
        .isPresent();
  }
}
