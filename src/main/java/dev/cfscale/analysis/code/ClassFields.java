package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstDecorator;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a class's own code does with one of its fields, read from the whole class body (methods, arrow-function fields,
 * closures): whether it is declared with a decorator ({@code @Persist count = 0}), filled as a map
 * ({@code this.records[id] = record}), or shrunk ({@code this.items.pop()}, {@code delete this.byId[k]}, a reassignment).
 */
public final class ClassFields {
  /** Array methods that remove items. */
  private static final Set<String> REMOVALS = Set.of("pop", "shift", "splice");

  private ClassFields() {}

  /** The fields declared with {@code @decorator} (or {@code @decorator()}). */
  public static Set<String> decorated(ClassInfo owner, String decorator) {
    Set<String> out = new LinkedHashSet<>();
    walk(owner.node(), n -> {
      if (n instanceof Swc4jAstClassProp prop && prop.getDecorators().stream().anyMatch(d -> named(d, decorator))) {
        Ast.name(prop.getKey()).ifPresent(out::add);
      }
    });
    return out;
  }

  /** True when the class stores entries under computed keys of {@code this.field} ({@code this.records[record.id] = record}). */
  public static boolean keyedInto(ClassInfo owner, String field) {
    boolean[] found = {false};
    walk(owner.node(), n -> {
      if (n instanceof Swc4jAstAssignExpr assign && assign.getLeft() instanceof Swc4jAstMemberExpr m
          && Ast.propName(m).isEmpty() && startsWith(m.getObj(), field)) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /**
   * True when the class ever shrinks or replaces {@code this.field} or anything inside it: a reassignment of it or of a
   * member of it, {@code delete}, {@code pop()}/{@code shift()}/{@code splice()}. Its declaration's initial value does not count.
   */
  public static boolean shrinks(ClassInfo owner, String field) {
    boolean[] found = {false};
    walk(owner.node(), n -> {
      if (n instanceof Swc4jAstAssignExpr assign && startsWith(assign.getLeft(), field)
          && !(assign.getLeft() instanceof Swc4jAstMemberExpr m && Ast.propName(m).isEmpty())) {
        found[0] = true; // this.items = [] (a computed-key store is a growth, not a removal)
      } else if (n instanceof Swc4jAstUnaryExpr unary && unary.getOp().getName().equals("delete") && startsWith(unary.getArg(), field)) {
        found[0] = true;
      } else if (n instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
          && Ast.propName(m).filter(REMOVALS::contains).isPresent() && startsWith(m.getObj(), field)) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /** True when {@code node} is {@code this.field} or a member chain under it. */
  private static boolean startsWith(ISwc4jAst node, String field) {
    ISwc4jAst n = Ast.unwrap(node);
    while (n instanceof Swc4jAstMemberExpr m) {
      if (Ast.unwrap(m.getObj()) instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr) {
        return Ast.propName(m).filter(field::equals).isPresent();
      }
      n = Ast.unwrap(m.getObj());
    }
    return false;
  }

  private static boolean named(Swc4jAstDecorator d, String name) {
    ISwc4jAst expr = Ast.unwrap(d.getExpr());
    ISwc4jAst callee = expr instanceof Swc4jAstCallExpr call ? Ast.unwrap(call.getCallee()) : expr;
    return Ast.identifier(callee).filter(name::equals).isPresent();
  }

  private static void walk(ISwc4jAst node, java.util.function.Consumer<ISwc4jAst> visit) {
    visit.accept(node);
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null) {
        walk(child, visit);
      }
    }
  }
}
