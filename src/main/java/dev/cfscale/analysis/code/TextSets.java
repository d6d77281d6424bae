package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.sql.SchemaStatements;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The finite set of constant strings an expression can hold, each with where it is written: SQL kept in an array or
 * an object and prepared one element at a time ({@code for (const sql of SCHEMA) db.prepare(sql)},
 * {@code Object.values(QUERIES).map((q) => db.prepare(q))}, a helper that receives such an array), and templates
 * over a constant list ({@code for (const t of ["users", "posts"]) db.prepare(`SELECT count(*) FROM ${t}`)}, one
 * text per table), and an element read by index ({@code db.prepare(texts[i])} over such a list: any of its texts).
 * Empty when any part is not a known constant, or when there are more than {@link #MAX_TEXTS}.
 */
final class TextSets {
  static final int MAX_TEXTS = 24;
  /**
   * A list of schema statements (an app's own migrations, run one by one at start-up) may be longer: none of its texts is
   * planned as a query, they only build the schema the queries are planned against.
   */
  private static final int MAX_SCHEMA_TEXTS = 200;
  private static final int MAX_DEPTH = 8;
  /** Re-exports followed from an imported name to its declaration. */
  private static final int MAX_IMPORT_HOPS = 4;

  private final Evaluator evaluator;
  private final Project project;

  TextSets(Evaluator evaluator) {
    this.evaluator = evaluator;
    this.project = evaluator.project();
  }

  /** The strings {@code node} can hold (text -> where it is written), or empty when not a small set of constants. */
  Optional<Map<String, Location>> of(ISwc4jAst node, FunctionUnit unit) {
    return of(node, unit, 0);
  }

  private Optional<Map<String, Location>> of(ISwc4jAst raw, FunctionUnit unit, int depth) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (depth > MAX_DEPTH || SqlText.reassigned(node, unit)) {
      return Optional.empty();
    }
    Value v = evaluator.eval(node, unit);
    if (v instanceof Value.Text t) {
      return Optional.of(Map.of(t.text(), Ast.location(unit.module().relativePath(), node)));
    }
    if (node instanceof Swc4jAstTpl tpl) {
      return template(tpl, unit, depth);
    }
    if (node instanceof Swc4jAstBinExpr bin && bin.getOp() == Swc4jAstBinaryOp.Add) {
      Optional<Map<String, Location>> left = of(bin.getLeft(), unit, depth + 1);
      Optional<Map<String, Location>> right = of(bin.getRight(), unit, depth + 1);
      return left.isEmpty() || right.isEmpty() ? Optional.empty() : product(left.get(), right.get());
    }
    if (node instanceof Swc4jAstIdent id) {
      return identifier(id, unit, depth);
    }
    if (node instanceof Swc4jAstCallExpr) {
      return TemplateStrings.joined(node, unit, evaluator); // a tag's strings.join("?")
    }
    if (node instanceof Swc4jAstMemberExpr m && m.getProp() instanceof Swc4jAstComputedPropName) {
      // texts[i] in a helper that prepares each SQL text of the list its callers pass it: any element may be read
      return elements(m.getObj(), unit, depth + 1);
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr c) {
      // const where = status ? "WHERE status = ?" : "": either text, each analysed
      Optional<Map<String, Location>> cons = of(c.getCons(), unit, depth + 1);
      Optional<Map<String, Location>> alt = of(c.getAlt(), unit, depth + 1);
      return cons.isEmpty() || alt.isEmpty() ? Optional.empty() : union(cons.get(), alt.get());
    }
    return Optional.empty();
  }

  /**
   * The texts when there are at most {@link #MAX_TEXTS}. A longer list (up to {@link #MAX_SCHEMA_TEXTS}) is an app's own
   * migrations: its schema statements alone, which build the schema; its other statements (a backfill UPDATE) are left
   * unknown, as every text of a long list was before. None when it holds no schema statement.
   */
  private static Optional<Map<String, Location>> bounded(Map<String, Location> texts) {
    if (texts.size() <= MAX_TEXTS) {
      return Optional.of(texts);
    }
    Map<String, Location> schema = new LinkedHashMap<>();
    texts.forEach((text, at) -> {
      if (SchemaStatements.changesSchema(text)) {
        schema.put(text, at);
      }
    });
    return texts.size() > MAX_SCHEMA_TEXTS || schema.isEmpty() ? Optional.empty() : Optional.of(schema);
  }

  /** Every text of either set (at most {@link #MAX_TEXTS}), each where it is written. */
  private static Optional<Map<String, Location>> union(Map<String, Location> a, Map<String, Location> b) {
    Map<String, Location> out = new LinkedHashMap<>(a);
    b.forEach(out::putIfAbsent);
    return out.size() > MAX_TEXTS ? Optional.empty() : Optional.of(out);
  }

  /** A template whose every interpolation is a small set of constants: one text per combination, located at the template. */
  private Optional<Map<String, Location>> template(Swc4jAstTpl tpl, FunctionUnit unit, int depth) {
    Location at = Ast.location(unit.module().relativePath(), tpl);
    Optional<Map<String, Location>> out = Optional.of(Map.of("", at));
    for (int i = 0; i < tpl.getQuasis().size() && out.isPresent(); i++) {
      String quasi = tpl.getQuasis().get(i).getCooked().orElse(tpl.getQuasis().get(i).getRaw());
      out = out.flatMap(o -> product(o, Map.of(quasi, at)));
      if (i < tpl.getExprs().size()) {
        Optional<Map<String, Location>> part = of(tpl.getExprs().get(i), unit, depth + 1);
        out = part.isEmpty() ? Optional.empty() : out.flatMap(o -> product(o, part.get()));
      }
    }
    return out;
  }

  /** Every left + right (at most {@link #MAX_TEXTS}), each located where its left part is. */
  private static Optional<Map<String, Location>> product(Map<String, Location> left, Map<String, Location> right) {
    if ((long) left.size() * right.size() > MAX_TEXTS) {
      return Optional.empty();
    }
    Map<String, Location> out = new LinkedHashMap<>();
    left.forEach((l, at) -> right.forEach((r, rat) -> out.putIfAbsent(l + r, at != null ? at : rat)));
    return Optional.of(out);
  }

  /**
   * A name bound by {@code for (const x of LIST)}, by a callback over {@code LIST.map((x) => ...)}, by a helper's
   * parameter its callers fill from such a list, or a {@code const} holding a small set of constants.
   */
  private Optional<Map<String, Location>> identifier(Swc4jAstIdent id, FunctionUnit unit, int depth) {
    Optional<ISwc4jAst> loop = ListElements.loopOver(id);
    if (loop.isPresent()) {
      return elements(loop.get(), unit, depth + 1);
    }
    Optional<Declaration> decl = unit.lookup(id.getSym(), id).map(this::resolved);
    Optional<Declaration.Variable> v = decl.flatMap(Declaration::wholeVariable);
    if (v.isPresent()) {
      return of(v.get().init(), v.get().scope(), depth + 1);
    }
    if (decl.isPresent() && decl.get() instanceof Declaration.Parameter p && p.path().isEmpty()) {
      Optional<ISwc4jAst> list = ListElements.callbackList(p);
      if (list.isPresent()) {
        return elements(list.get(), p.unit().parent().orElse(p.unit()), depth + 1);
      }
      Map<String, Location> passed = project.seededTexts(p.unit(), p.index());
      return passed.isEmpty() || !project.onlyConstantText(p.unit(), p.index()) ? Optional.empty() : bounded(passed);
    }
    return Optional.empty();
  }

  /** The elements of a list: an array literal, a {@code const} holding one, {@code Object.values(O)} or {@code Object.keys(O)}. */
  Optional<Map<String, Location>> elements(ISwc4jAst raw, FunctionUnit unit, int depth) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (node instanceof Swc4jAstArrayLit array) {
      Map<String, Location> out = new LinkedHashMap<>();
      for (var e : array.getElems()) {
        Optional<Map<String, Location>> item = e.isEmpty() ? Optional.empty() : e.get().getSpread().isPresent()
            ? elements(e.get().getExpr(), unit, depth + 1) : of(e.get().getExpr(), unit, depth + 1);
        if (item.isEmpty() || out.size() + item.get().size() > MAX_SCHEMA_TEXTS) {
          return Optional.empty();
        }
        item.get().forEach(out::putIfAbsent);
      }
      return bounded(out);
    }
    if (node instanceof Swc4jAstIdent id) {
      Optional<Declaration> decl = unit.lookup(id.getSym()).map(this::resolved);
      Optional<Declaration.Variable> v = decl.flatMap(Declaration::wholeVariable);
      if (v.isPresent()) {
        return elements(v.get().init(), v.get().scope(), depth + 1);
      }
      if (decl.isPresent() && decl.get() instanceof Declaration.Parameter p && p.path().isEmpty()) {
        Map<String, Location> passed = project.seededElements(p.unit(), p.index());
        return passed.isEmpty() ? Optional.empty() : Optional.of(passed);
      }
      return Optional.empty();
    }
    if (node instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.identifier(m.getObj()).filter("Object"::equals).isPresent() && call.getArgs().size() == 1) {
      return objectParts(call.getArgs().get(0).getExpr(), unit, Ast.propName(m).orElse(""), depth);
    }
    return Optional.empty();
  }

  /** {@code Object.values(O)} or {@code Object.keys(O)} of an object literal (or a const holding one). */
  private Optional<Map<String, Location>> objectParts(ISwc4jAst target, FunctionUnit unit, String part, int depth) {
    if (!(evaluator.eval(target, unit) instanceof Value.ObjectLiteral o) || !(part.equals("values") || part.equals("keys"))) {
      return Optional.empty();
    }
    Map<String, Location> out = new LinkedHashMap<>();
    for (ISwc4jAst prop : o.node().getProps()) {
      if (!(prop instanceof Swc4jAstKeyValueProp kv)) {
        return Optional.empty();
      }
      Optional<Map<String, Location>> item = part.equals("keys")
          ? Ast.name(kv.getKey()).map(k -> Map.of(k, Ast.location(o.scope().module().relativePath(), kv)))
          : of(kv.getValue(), o.scope(), depth + 1);
      if (item.isEmpty() || out.size() + item.get().size() > MAX_TEXTS) {
        return Optional.empty();
      }
      item.get().forEach(out::putIfAbsent);
    }
    return Optional.of(out);
  }

  /** An imported name as the declaration it names in the project module that exports it (a few re-exports deep). */
  private Declaration resolved(Declaration d) {
    return project.throughImports(d, MAX_IMPORT_HOPS);
  }
}
