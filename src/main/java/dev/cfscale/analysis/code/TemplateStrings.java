package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.miscs.Swc4jAstTplElement;
import dev.cfscale.findings.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The strings a tagged template hands its tag ({@code q`SELECT * FROM t WHERE a = ${x}`} calls {@code q(strings, x)}).
 * A project tag is seeded with them as one text, the parts separated by {@link #HOLE} where the values go; a tag that
 * joins them ({@code strings.join("?")}, {@code strings.raw.join("?")}) then holds one text per caller's template,
 * the holes replaced by its separator: a SQL helper written as a tag is planned per query, like {@code query(sql)}.
 */
final class TemplateStrings {
  /** Stands where an interpolated value sits; never part of real source text. */
  static final String HOLE = "\u0000";

  private TemplateStrings() {}

  /** The template's parts (as JavaScript cooks them) with {@link #HOLE} between them. */
  static String parts(Swc4jAstTpl tpl) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tpl.getQuasis().size(); i++) {
      Swc4jAstTplElement quasi = tpl.getQuasis().get(i);
      out.append(i == 0 ? "" : HOLE).append(quasi.getCooked().orElse(quasi.getRaw()));
    }
    return out.toString();
  }

  /** True for a text that is a template's parts, not a string some caller wrote. */
  static boolean isParts(String text) {
    return text.contains(HOLE);
  }

  /**
   * {@code strings.join(sep)} or {@code strings.raw.join(sep)} with a constant separator, where {@code strings} is a
   * parameter tagged templates fill: each template's text with the separator in its holes, at the template.
   */
  static Optional<Map<String, Location>> joined(ISwc4jAst node, FunctionUnit unit, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstCallExpr call) || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)
        || Ast.propName(m).filter("join"::equals).isEmpty() || call.getArgs().size() > 1) {
      return Optional.empty();
    }
    String separator = ",";
    if (call.getArgs().size() == 1) {
      if (!(evaluator.eval(call.getArgs().get(0).getExpr(), unit) instanceof Value.Text t)) {
        return Optional.empty();
      }
      separator = t.text();
    }
    ISwc4jAst list = Ast.unwrap(m.getObj());
    if (list instanceof Swc4jAstMemberExpr raw && Ast.propName(raw).filter("raw"::equals).isPresent()) {
      list = Ast.unwrap(raw.getObj());
    }
    Optional<Declaration> decl = Ast.identifier(list).flatMap(unit::lookup);
    if (decl.isEmpty() || !(decl.get() instanceof Declaration.Parameter p) || !p.path().isEmpty()
        || !evaluator.project().onlyConstantText(p.unit(), p.index())) {
      return Optional.empty();
    }
    Map<String, Location> out = new LinkedHashMap<>();
    for (Map.Entry<String, Location> passed : evaluator.project().seededTexts(p.unit(), p.index()).entrySet()) {
      if (!isParts(passed.getKey()) && !passed.getKey().isEmpty()) {
        return Optional.empty(); // a plain string passed too: join is not a string's method, so not a template's strings
      }
      out.putIfAbsent(passed.getKey().replace(HOLE, separator), passed.getValue());
    }
    return out.isEmpty() || out.size() > TextSets.MAX_TEXTS ? Optional.empty() : Optional.of(out);
  }
}
