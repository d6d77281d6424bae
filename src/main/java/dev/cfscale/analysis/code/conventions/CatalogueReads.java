package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A paid API client kept in a local and used only to read the provider's catalogue: every use is a call of a
 * listing method on one of its resources ({@code client.voices.search()}, {@code client.models.list()},
 * {@code client.voices.get(id)}). REST SDKs bill generation, not the listing of what an account holds; a method called on
 * the client itself ({@code exa.search(q)}) is the product, and any other use of the client (passed on, returned, kept in
 * a field) may spend.
 */
final class CatalogueReads {
  private static final Set<String> LISTINGS = Set.of("list", "search", "get", "retrieve");

  private CatalogueReads() {}

  /** True when the client {@code creation} returns is held in a local of {@code unit} used only for catalogue reads. */
  static boolean only(Swc4jAstCallExpr creation, FunctionUnit unit) {
    ISwc4jAst holder = creation.getParent() instanceof Swc4jAstAwaitExpr await ? await.getParent() : creation.getParent();
    if (!(holder instanceof Swc4jAstVarDeclarator d) || !(d.getName() instanceof Swc4jAstBindingIdent b)) {
      return false;
    }
    List<Swc4jAstIdent> uses = new ArrayList<>();
    collectUses(unit.node(), b.getId().getSym(), uses);
    return !uses.isEmpty() && uses.stream().allMatch(CatalogueReads::readsCatalogue);
  }

  private static void collectUses(ISwc4jAst node, String name, List<Swc4jAstIdent> uses) {
    if (node instanceof Swc4jAstIdent id && id.getSym().equals(name) && !(id.getParent() instanceof Swc4jAstBindingIdent)) {
      uses.add(id);
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null) {
        collectUses(child, name, uses);
      }
    }
  }

  /** {@code client.<resource>.<listing>(...)}: the client, one resource, then a listing method that is called. */
  private static boolean readsCatalogue(Swc4jAstIdent use) {
    if (!(use.getParent() instanceof Swc4jAstMemberExpr resource) || resource.getObj() != use
        || !(resource.getParent() instanceof Swc4jAstMemberExpr method) || method.getObj() != resource) {
      return false;
    }
    Optional<String> name = Ast.propName(method);
    return name.filter(LISTINGS::contains).isPresent()
        && method.getParent() instanceof Swc4jAstCallExpr call && call.getCallee() == method;
  }
}
