package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForInStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a loop walks a list named for what one person has only a handful of: the accounts, organizations, workspaces
 * or memberships a signed-in user belongs to ({@code for (const account of accounts)}, {@code for (let i = 0; i <
 * linkedAccounts.length; i++)}, {@code orgs.map(...)}). A reviewer reads such a loop on a user's request as a few
 * iterations (the accounts a provider lists for the user's token, the rows {@code WHERE user_id = ?} holds), where a loop
 * over the request's items or a table's rows grows with traffic. The name is the only evidence, so rules use it on request
 * paths only: a cron walking "accounts" walks every account of the service. Teams are left out: a league's or a
 * leaderboard's teams are everyone's.
 */
final class PersonalLists {
  /** The plural nouns, lower case, of what a person belongs to a few of. */
  private static final Set<String> NOUNS = Set.of("accounts", "organizations", "organisations", "orgs", "workspaces",
      "memberships");
  /** Calls that return some or all elements of their receiver: the list is still the person's. */
  private static final Set<String> COPIES = Set.of("filter", "slice", "sort", "toSorted", "values", "entries");

  private PersonalLists() {}

  /** True when loop {@code loop} (a for-of, for-in or counted loop over {@code list.length}) walks a personal list. */
  static boolean walkedBy(ISwc4jAst loop) {
    if (loop instanceof Swc4jAstForOfStmt f) {
      return named(f.getRight());
    }
    if (loop instanceof Swc4jAstForInStmt f) {
      return named(f.getRight());
    }
    return loop instanceof Swc4jAstForStmt f && f.getTest().flatMap(PersonalLists::lengthBound).filter(PersonalLists::named).isPresent();
  }

  /** True when {@code list}, the receiver of an array callback ({@code accounts.map(...)}), is a personal list. */
  static boolean named(ISwc4jAst list) {
    ISwc4jAst node = Ast.unwrap(list);
    for (int hops = 0; hops < 4; hops++) {
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)
          || Ast.propName(m).filter(COPIES::contains).isEmpty()) {
        break;
      }
      node = Ast.unwrap(m.getObj()); // accounts.filter(active): the same person's accounts
    }
    Optional<String> name = node instanceof Swc4jAstMemberExpr m ? Ast.propName(m) : Ast.identifier(node);
    return name.filter(PersonalLists::personal).isPresent();
  }

  /** {@code i < accounts.length}: the list whose length bounds a counted loop. */
  private static Optional<ISwc4jAst> lengthBound(ISwc4jAst test) {
    if (Ast.unwrap(test) instanceof Swc4jAstBinExpr bin && Ast.unwrap(bin.getRight()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("length"::equals).isPresent()) {
      return Optional.of(m.getObj());
    }
    return Optional.empty();
  }

  /** {@code accounts}, {@code userAccounts}, {@code linked_orgs}: a name that ends with one of the nouns as a word. */
  private static boolean personal(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String noun : NOUNS) {
      if (lower.equals(noun) || lower.endsWith("_" + noun)
          || name.endsWith(Character.toUpperCase(noun.charAt(0)) + noun.substring(1))) {
        return true;
      }
    }
    return false;
  }
}
