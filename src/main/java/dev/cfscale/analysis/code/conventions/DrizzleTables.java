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
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Project;
import dev.cfscale.analysis.code.SourceModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drizzle table declarations ({@code export const users = sqliteTable("users", { email: text("email") })})
 * as the SQL table and column names they stand for, found through local variables, imports and
 * namespace imports.
 */
final class DrizzleTables {
  private static final int MAX_IMPORT_HOPS = 4;

  private final Project project;

  DrizzleTables(Project project) {
    this.project = project;
  }

  /** A declared table: the declaring call (its identity), its SQL name and property-to-column map. */
  record Table(ISwc4jAst declaration, String name, Map<String, String> columns) {}

  /** The table a reference ({@code users}, {@code schema.users}) names. */
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
   * property of a namespace import ({@code schema.users}).
   */
  Optional<ISwc4jAst> declaration(ISwc4jAst ref, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(ref);
    if (node instanceof Swc4jAstIdent id) {
      return unit.lookup(id.getSym()).flatMap(d -> tableInit(d, 0));
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstIdent ns) {
      Optional<Declaration> decl = unit.lookup(ns.getSym());
      if (decl.isPresent() && decl.get() instanceof Declaration.Import i && i.imported().equals("*")) {
        Optional<SourceModule> target = project.imported(i.from(), i.specifier());
        return target.flatMap(t -> Optional.ofNullable(t.exports().get(Ast.propName(m).orElse(""))).flatMap(local ->
            t.topLevel().lookup(local)).flatMap(d -> tableInit(d, 0)));
      }
    }
    return Optional.empty();
  }

  private Optional<ISwc4jAst> tableInit(Declaration decl, int hops) {
    if (hops > MAX_IMPORT_HOPS) {
      return Optional.empty();
    }
    if (decl instanceof Declaration.Variable v && v.path().isEmpty() && Ast.unwrap(v.init()) instanceof Swc4jAstCallExpr call
        && Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent fn && fn.getSym().endsWith("Table")) {
      return Optional.of(Ast.unwrap(v.init()));
    }
    if (decl instanceof Declaration.Import i) {
      return project.imported(i.from(), i.specifier()).flatMap(t -> Optional.ofNullable(t.exports().get(i.imported()))
          .flatMap(local -> t.topLevel().lookup(local))).flatMap(d -> tableInit(d, hops + 1));
    }
    return Optional.empty();
  }

  private static Optional<Table> tableOf(ISwc4jAst init) {
    Swc4jAstCallExpr call = (Swc4jAstCallExpr) init;
    if (call.getArgs().size() < 2 || !(Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstStr name)
        || !(Ast.unwrap(call.getArgs().get(1).getExpr()) instanceof Swc4jAstObjectLit shape)) {
      return Optional.empty();
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (ISwc4jAst prop : shape.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv) {
        Ast.name(kv.getKey()).ifPresent(key -> columns.put(key, columnName(kv.getValue()).orElse(key)));
      }
    }
    return Optional.of(new Table(init, name.getValue(), columns));
  }

  /** {@code text("email_address").notNull()} names its column in the innermost call's first argument. */
  private static Optional<String> columnName(ISwc4jAst builder) {
    ISwc4jAst node = Ast.unwrap(builder);
    while (node instanceof Swc4jAstCallExpr call) {
      ISwc4jAst callee = Ast.unwrap(call.getCallee());
      if (callee instanceof Swc4jAstIdent) {
        return call.getArgs().isEmpty() ? Optional.empty()
            : Optional.of(Ast.unwrap(call.getArgs().get(0).getExpr())).filter(Swc4jAstStr.class::isInstance)
                .map(s -> ((Swc4jAstStr) s).getValue());
      }
      node = callee instanceof Swc4jAstMemberExpr m ? Ast.unwrap(m.getObj()) : null;
    }
    return Optional.empty();
  }
}
