package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Project;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drizzle table declarations ({@code export const users = sqliteTable("users", { email: text("email") })})
 * as the SQL table and column names they stand for, found through local variables, imports, namespace
 * imports and aliases of them ({@code export const tables = schema}, then {@code tables.users}).
 */
final class DrizzleTables {
  private static final int MAX_IMPORT_HOPS = 4;

  private final Project project;
  private final Evaluator evaluator;

  DrizzleTables(Evaluator evaluator) {
    this.project = evaluator.project();
    this.evaluator = evaluator;
  }

  /** The evaluator the tables are looked up with. */
  Evaluator evaluator() {
    return evaluator;
  }

  /** A declared table: the declaring call (its identity), its SQL name and property-to-column map. */
  record Table(ISwc4jAst declaration, String name, Map<String, String> columns) {}

  /** The table a reference ({@code users}, {@code schema.users}, {@code tables.users}) names. */
  Optional<Table> table(ISwc4jAst ref, FunctionUnit unit) {
    return declaration(ref, unit).flatMap(DrizzleTables::tableOf);
  }

  /** A table exported under {@code name} by any module of the project (the schema module, usually). */
  Optional<Table> exported(String name) {
    for (SourceModule module : project.modules()) {
      String local = module.exports().get(name);
      if (local == null) {
        continue;
      }
      Optional<Table> table = module.topLevel().lookup(local).flatMap(d -> tableInit(d, 0)).flatMap(DrizzleTables::tableOf);
      if (table.isPresent()) {
        return table;
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code sqliteTable(...)} call a reference names: a variable in scope, an imported one, or a
   * property of something that evaluates to a namespace import ({@code schema.users}, {@code tables.users}).
   */
  Optional<ISwc4jAst> declaration(ISwc4jAst ref, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(ref);
    if (node instanceof Swc4jAstIdent id) {
      return unit.lookup(id.getSym()).flatMap(d -> tableInit(d, 0));
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).isPresent()
        && evaluator.eval(m.getObj(), unit) instanceof Value.Namespace ns) {
      return Optional.ofNullable(ns.module().exports().get(Ast.propName(m).get()))
          .flatMap(local -> ns.module().topLevel().lookup(local)).flatMap(d -> tableInit(d, 0));
    }
    return Optional.empty();
  }

  private Optional<ISwc4jAst> tableInit(Declaration decl, int hops) {
    if (hops > MAX_IMPORT_HOPS) {
      return Optional.empty();
    }
    Declaration.Variable v = decl.wholeVariable().orElse(null);
    if (v != null && isTableCall(v.init())) {
      return Optional.of(Ast.unwrap(v.init()));
    }
    if (v != null && Ast.unwrap(v.init()) instanceof Swc4jAstIdent alias) {
      return v.scope().lookup(alias.getSym()).flatMap(d -> tableInit(d, hops + 1)); // const t = users
    }
    if (decl instanceof Declaration.Import i) {
      return project.imported(i.from(), i.specifier()).flatMap(t -> Optional.ofNullable(t.exports().get(i.imported()))
          .flatMap(local -> t.topLevel().lookup(local))).flatMap(d -> tableInit(d, hops + 1));
    }
    return Optional.empty();
  }

  /** {@code sqliteTable("name", {...})} (or any {@code *Table(...)} factory). */
  static boolean isTableCall(ISwc4jAst node) {
    return Ast.unwrap(node) instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent fn
        && fn.getSym().endsWith("Table") && call.getArgs().size() >= 2;
  }

  /** The table a {@code sqliteTable(...)} call declares, when its name and column object are literal. */
  static Optional<Table> tableOf(ISwc4jAst init) {
    Swc4jAstCallExpr call = (Swc4jAstCallExpr) init;
    if (call.getArgs().size() < 2 || !(Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstStr name)
        || !(Ast.unwrap(call.getArgs().get(1).getExpr()) instanceof Swc4jAstObjectLit shape)) {
      return Optional.empty();
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (ISwc4jAst prop : shape.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv) {
        Ast.name(kv.getKey()).ifPresent(key -> columns.put(key, DrizzleColumns.name(kv.getValue()).orElse(key)));
      }
    }
    return Optional.of(new Table(init, name.getValue(), columns));
  }
}
