package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNull;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Credentials;
import dev.cfscale.analysis.code.SourceModule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How code tests whether a credential from the environment is set: {@code env.SECRET}, {@code !env.SECRET},
 * {@code typeof context.env.BASIC_USER == "undefined"}, {@code this.env.TOKEN === undefined}, {@code env.KEY == ""}.
 * Only a read written on the env object counts ({@code env.X}, {@code c.env.X}, {@code this.env.X},
 * {@code process.env.X}), and only under a credential's name ({@link Credentials#secretName}, or a user name or
 * password of Basic auth: {@code BASIC_USER}, {@code WEBDAV_PASS}).
 */
final class SecretPresence {
  private static final Pattern LOGIN_NAME = Pattern.compile("(?i).*(user|username|pass|passwd|password)$");
  private static final Object CLOSED = new Object();

  private SecretPresence() {}

  /** The credential {@code node} reads from the env object, when it is one ({@code c.env.WEBHOOK_SECRET}). */
  static Optional<String> envCredential(ISwc4jAst node) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    ISwc4jAst obj = Ast.unwrap(m.getObj());
    boolean onEnv = Ast.identifier(obj).filter("env"::equals).isPresent()
        || obj instanceof Swc4jAstMemberExpr e && Ast.propName(e).filter("env"::equals).isPresent()
            && !(Ast.unwrap(e.getObj()) instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstMetaPropExpr); // not import.meta.env
    return onEnv ? Ast.propName(m).filter(SecretPresence::credentialName) : Optional.empty();
  }

  /** True for a name that holds a credential: a key, token or secret, or a Basic-auth user or password. */
  static boolean credentialName(String name) {
    return Credentials.secretName(name) || LOGIN_NAME.matcher(name).matches();
  }

  /** The credentials whose absence makes {@code test} true: {@code !env.A || !env.B}, {@code typeof env.A == "undefined"}. */
  static Set<String> absent(ISwc4jAst test) {
    Set<String> out = new LinkedHashSet<>();
    ISwc4jAst node = Ast.unwrap(test);
    if (node instanceof Swc4jAstUnaryExpr u && u.getOp() == Swc4jAstUnaryOp.Bang) {
      envCredential(u.getArg()).ifPresent(out::add);
    } else if (node instanceof Swc4jAstBinExpr b && b.getOp() == Swc4jAstBinaryOp.LogicalOr) {
      out.addAll(absent(b.getLeft()));
      out.addAll(absent(b.getRight()));
    } else if (node instanceof Swc4jAstBinExpr b && (b.getOp() == Swc4jAstBinaryOp.EqEq || b.getOp() == Swc4jAstBinaryOp.EqEqEq)) {
      comparedToNothing(b).ifPresent(out::add);
    }
    return out;
  }

  /** The credentials whose presence {@code test} requires: {@code env.A}, {@code env.A && sig !== expected}, {@code env.A !== undefined}. */
  static Set<String> present(ISwc4jAst test) {
    Set<String> out = new LinkedHashSet<>();
    ISwc4jAst node = Ast.unwrap(test);
    envCredential(node).ifPresent(out::add);
    if (node instanceof Swc4jAstBinExpr b && b.getOp() == Swc4jAstBinaryOp.LogicalAnd) {
      out.addAll(present(b.getLeft()));
      out.addAll(present(b.getRight()));
    } else if (node instanceof Swc4jAstBinExpr b && (b.getOp() == Swc4jAstBinaryOp.NotEq || b.getOp() == Swc4jAstBinaryOp.NotEqEq)) {
      comparedToNothing(b).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The credentials {@code module} checks for and refuses to run without: an {@code if} on their absence whose
   * branch returns or throws without passing the request on ({@code if (!env.SECRET) return new Response(null, {status: 500})}).
   * Such a Worker fails closed, whatever other checks of the same name look like.
   */
  static Set<String> closedIn(SourceModule module) {
    return module.derived(CLOSED, m -> {
      Set<String> closed = new LinkedHashSet<>();
      Deque<ISwc4jAst> todo = new ArrayDeque<>();
      todo.add(m.program());
      while (!todo.isEmpty()) {
        ISwc4jAst node = todo.pop();
        if (node instanceof Swc4jAstIfStmt s && stops(s.getCons()) && !PassThrough.within(s.getCons())) {
          closed.addAll(absent(s.getTest()));
        }
        node.getChildNodes().stream().filter(java.util.Objects::nonNull).forEach(todo::push);
      }
      return closed;
    });
  }

  /** True when {@code branch} returns or throws. */
  private static boolean stops(ISwc4jAst branch) {
    Deque<ISwc4jAst> todo = new ArrayDeque<>();
    todo.add(branch);
    while (!todo.isEmpty()) {
      ISwc4jAst node = todo.pop();
      if (node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstThrowStmt) {
        return true;
      }
      if (!PassThrough.isFunction(node)) {
        node.getChildNodes().stream().filter(java.util.Objects::nonNull).forEach(todo::push);
      }
    }
    return false;
  }

  /** {@code env.A == null}, {@code env.A === undefined}, {@code env.A == ""}, {@code typeof env.A === "undefined"}. */
  private static Optional<String> comparedToNothing(Swc4jAstBinExpr b) {
    for (ISwc4jAst[] pair : new ISwc4jAst[][] {{b.getLeft(), b.getRight()}, {b.getRight(), b.getLeft()}}) {
      ISwc4jAst side = Ast.unwrap(pair[0]);
      ISwc4jAst other = Ast.unwrap(pair[1]);
      if (side instanceof Swc4jAstUnaryExpr t && t.getOp() == Swc4jAstUnaryOp.TypeOf
          && other instanceof Swc4jAstStr s && s.getValue().equals("undefined")) {
        return envCredential(t.getArg());
      }
      boolean nothing = other instanceof Swc4jAstNull || other instanceof Swc4jAstIdent i && i.getSym().equals("undefined")
          || other instanceof Swc4jAstStr s && s.getValue().isEmpty();
      if (nothing && envCredential(side).isPresent()) {
        return envCredential(side);
      }
    }
    return Optional.empty();
  }
}
