package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Project;
import dev.cfscale.analysis.code.SourceModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drizzle relations ({@code relations(templates, ({ one, many }) => ({ category: one(categories, { fields:
 * [templates.categoryId], references: [categories.id] }), modules: many(modulesToTemplates) }))}): what a
 * relational query's {@code with: { modules: true }} reads. Drizzle loads a relation with a correlated
 * subquery per parent row, so each relation is a lookup of the child table by the column that joins it.
 */
final class DrizzleRelations {
  private final Project project;
  private final DrizzleTables tables;

  DrizzleRelations(Project project, DrizzleTables tables) {
    this.project = project;
    this.tables = tables;
  }

  /** How a parent row finds its related rows: the child table and its columns compared with the parent's values. */
  record Lookup(DrizzleTables.Table child, List<String> childColumns) {}

  /** The lookup relation {@code name} of {@code parent} performs, when the relations are declared in the project. */
  Optional<Lookup> lookup(DrizzleTables.Table parent, String name) {
    for (Declared declared : declaredOn(parent)) {
      if (!declared.name().equals(name)) {
        continue;
      }
      Optional<DrizzleTables.Table> child = tables.table(declared.target(), declared.unit());
      if (child.isEmpty()) {
        return Optional.empty();
      }
      if (declared.references().isPresent()) {
        return columnsOf(declared.references().get(), child.get(), declared.unit()).map(cols -> new Lookup(child.get(), cols));
      }
      // many(child) or one(child) without config: the child declares the one() that points back with its own fields
      for (Declared back : declaredOn(child.get())) {
        if (back.fields().isPresent() && tables.table(back.target(), back.unit()).filter(t -> t.declaration() == parent.declaration()).isPresent()) {
          return columnsOf(back.fields().get(), child.get(), back.unit()).map(cols -> new Lookup(child.get(), cols));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** One relation as written: its name, target table reference, and the fields/references arrays of its config. */
  private record Declared(String name, ISwc4jAst target, Optional<ISwc4jAst> fields, Optional<ISwc4jAst> references, FunctionUnit unit) {}

  private List<Declared> declaredOn(DrizzleTables.Table table) {
    List<Declared> out = new ArrayList<>();
    for (SourceModule module : project.modules()) {
      for (Swc4jAstCallExpr call : module.calls()) {
        if (call.getArgs().size() < 2 || Ast.identifier(call.getCallee()).filter("relations"::equals).isEmpty()
            || tables.declaration(call.getArgs().get(0).getExpr(), module.topLevel()).filter(d -> d == table.declaration()).isEmpty()
            || !(Ast.unwrap(call.getArgs().get(1).getExpr()) instanceof Swc4jAstArrowExpr arrow)
            || !(Ast.unwrap(arrow.getBody()) instanceof Swc4jAstObjectLit body)) {
          continue;
        }
        FunctionUnit unit = module.unitAt(arrow).orElse(module.topLevel());
        for (ISwc4jAst prop : body.getProps()) {
          if (prop instanceof Swc4jAstKeyValueProp kv && Ast.unwrap(kv.getValue()) instanceof Swc4jAstCallExpr rel
              && !rel.getArgs().isEmpty() && Ast.name(kv.getKey()).isPresent()) {
            Optional<Swc4jAstObjectLit> config = rel.getArgs().size() > 1 && Ast.unwrap(rel.getArgs().get(1).getExpr()) instanceof Swc4jAstObjectLit o
                ? Optional.of(o) : Optional.empty();
            out.add(new Declared(Ast.name(kv.getKey()).get(), rel.getArgs().get(0).getExpr(), config.flatMap(o -> Ast.keyValue(o, "fields")),
                config.flatMap(o -> Ast.keyValue(o, "references")), unit));
          }
        }
      }
    }
    return out;
  }

  /** {@code [child.a, child.b]} as the child's SQL column names. */
  private Optional<List<String>> columnsOf(ISwc4jAst array, DrizzleTables.Table child, FunctionUnit unit) {
    if (!(Ast.unwrap(array) instanceof Swc4jAstArrayLit list)) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (var element : list.getElems()) {
      if (element.isEmpty() || !(Ast.unwrap(element.get().getExpr()) instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr m)
          || tables.declaration(m.getObj(), unit).filter(d -> d == child.declaration()).isEmpty()) {
        return Optional.empty();
      }
      Optional<String> column = Ast.propName(m).map(p -> child.columns().get(p));
      if (column.isEmpty()) {
        return Optional.empty();
      }
      out.add(column.get());
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }
}
