package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an expression carries a credential the Worker holds: a read of a secret-named value from the
 * environment ({@code env.OPENAI_API_KEY}, {@code this.env.TG_Bot_Token}, {@code process.env.API_KEY}), written
 * in the expression or in a variable it uses ({@code const headers = { Authorization: `Bearer ${env.KEY}` }}), or in a
 * parameter its callers pass such a value ({@link Value.Secret}).
 * A call made with such a value is billed to the Worker's owner, whoever sent the request.
 */
public final class Credentials {
  private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(api_?key|apikey|token|secret|password|credential|auth|_key)$|^(?i)key$");
  private static final int MAX_DEPTH = 4;

  private Credentials() {}

  /** True when {@code expr} (or a variable it reads, a few hops deep) reads a secret-named value from the environment. */
  public static boolean carried(ISwc4jAst expr, FunctionUnit unit, Evaluator evaluator) {
    return carried(expr, unit, evaluator, 0);
  }

  /** True when {@code name} reads like a secret: {@code OPENAI_API_KEY}, {@code GITHUB_TOKEN}, {@code WEBHOOK_SECRET}. */
  public static boolean secretName(String name) {
    return SECRET_NAME.matcher(name).matches();
  }

  private static boolean carried(ISwc4jAst expr, FunctionUnit unit, Evaluator evaluator, int depth) {
    if (expr == null || depth > MAX_DEPTH) {
      return false;
    }
    ISwc4jAst node = Ast.unwrap(expr);
    if (node instanceof Swc4jAstMemberExpr m && envSecret(m, unit, evaluator)) {
      return true;
    }
    if (node instanceof Swc4jAstIdent id && variable(id, unit).filter(v -> fromVariable(v, evaluator, depth)).isPresent()) {
      return true;
    }
    if (node instanceof Swc4jAstIdent && evaluator.eval(node, unit) instanceof Value.Secret) {
      return true; // a parameter its callers pass a secret (fetchModels(env.GITHUB_TOKEN)), or a variable holding one
    }
    if ((node instanceof Swc4jAstMemberExpr || node instanceof Swc4jAstCallExpr)
        && evaluator.eval(node, unit) instanceof Value.ObjectLiteral built && carried(built.node(), built.scope(), evaluator, depth + 1)) {
      return true; // headers a helper or a getter builds ({@code headers: this.headers}, {@code headers: authHeaders(env)})
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && !(child instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr)
          && !(child instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr) && carried(child, unit, evaluator, depth)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Declaration.Variable> variable(Swc4jAstIdent id, FunctionUnit unit) {
    return unit.lookup(id.getSym()).filter(Declaration.Variable.class::isInstance).map(Declaration.Variable.class::cast)
        .filter(v -> v.init() != null);
  }

  /** {@code const key = env.API_KEY}, {@code const { API_KEY } = env}, {@code const headers = {...env.KEY...}}. */
  private static boolean fromVariable(Declaration.Variable v, Evaluator evaluator, int depth) {
    if (!v.path().isEmpty()) {
      String last = v.path().get(v.path().size() - 1);
      return secretName(last) && isEnv(v.init(), v.scope(), evaluator);
    }
    return carried(v.init(), v.scope(), evaluator, depth + 1);
  }

  private static boolean envSecret(Swc4jAstMemberExpr m, FunctionUnit unit, Evaluator evaluator) {
    Optional<String> prop = Ast.propName(m);
    return prop.filter(Credentials::secretName).isPresent() && isEnv(m.getObj(), unit, evaluator);
  }

  private static boolean isEnv(ISwc4jAst obj, FunctionUnit unit, Evaluator evaluator) {
    ISwc4jAst node = Ast.unwrap(obj);
    if (node instanceof Swc4jAstMemberExpr pm && Ast.identifier(pm.getObj()).filter("process"::equals).isPresent()
        && Ast.propName(pm).filter("env"::equals).isPresent()) {
      return true;
    }
    return evaluator.eval(node, unit) instanceof Value.Env;
  }
}
