package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstConstructor;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstParam;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstClassExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportStarAsSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsParamProp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One walk over a module's AST that creates its function units (with parents, so closures see outer
 * names), records every declaration in the unit that owns it, and collects classes, methods, fields
 * assigned as {@code this.x = ...}, imports and exports.
 */
final class ModuleIndexer {
  /** The local name given to an anonymous default export. */
  static final String DEFAULT_EXPORT = "<default>";
  private final SourceModule module;
  private final LateAssignments lateAssignments = new LateAssignments();

  private ModuleIndexer(SourceModule module) {
    this.module = module;
  }

  static void index(SourceModule module) {
    FunctionUnit top = new FunctionUnit(module, module.program(), null, "<module>", List.of(), null);
    module.setTopLevel(top);
    module.addUnit(top);
    ModuleIndexer indexer = new ModuleIndexer(module);
    indexer.visit(module.program(), top, null);
    indexer.lateAssignments.declare();
    FactoryClasses.name(module);
  }

  private void visit(ISwc4jAst node, FunctionUnit unit, ClassInfo owner) {
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr call) {
      module.calls().add(call);
      unit.addOwnNode(node);
    } else if (node instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall
        || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstWhileStmt
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTryStmt
        || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTaggedTpl) {
      unit.addOwnNode(node);
    }
    if (node instanceof Swc4jAstImportDecl imp) {
      importDecl(imp, unit);
      return;
    }
    if (node instanceof Swc4jAstClassDecl decl) {
      ClassInfo info = classInfo(decl.getIdent().getSym(), decl.getClazz());
      unit.declare(info.name(), new Declaration.Class(info));
      visitClass(decl.getClazz(), unit, info);
      return;
    }
    if (node instanceof Swc4jAstClassExpr expr) {
      ClassInfo info = classInfo(expr.getIdent().map(Swc4jAstIdent::getSym).orElse(anonymousClassName(expr)), expr.getClazz());
      if (expr.getIdent().isPresent() && expr.getParent() instanceof Swc4jAstExportDefaultDecl) {
        // export default class BaseRepository {}: a declaration, its name is bound in the module like any class's
        unit.declare(info.name(), new Declaration.Class(info));
      }
      visitClass(expr.getClazz(), unit, info);
      return;
    }
    if (node instanceof Swc4jAstFnDecl fn) {
      FunctionUnit child = unit(fn.getFunction(), unit, fn.getIdent().getSym(), params(fn.getFunction()), owner);
      unit.declare(fn.getIdent().getSym(), new Declaration.Function(child));
      visitChildren(fn.getFunction(), child, null);
      contextFactory(child);
      return;
    }
    if (node instanceof Swc4jAstFnExpr fn) {
      String name = fn.getIdent().map(Swc4jAstIdent::getSym).orElse(nameFromParent(fn));
      FunctionUnit child = unit(fn, unit, name, params(fn.getFunction()), owner);
      if (fn.getIdent().isPresent() && fn.getParent() instanceof Swc4jAstExportDefaultDecl) {
        unit.declare(name, new Declaration.Function(child)); // export default function handle() {}: bound in the module too
      }
      visitChildren(fn.getFunction(), child, null);
      contextFactory(child);
      return;
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt ret) {
      ret.getArg().ifPresent(unit::addReturned);
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr set && isContextSet(set)) {
      // c.set("db", drizzle(c.env.DB)): a value stored under a name for c.get("db") / c.var.db
      Ast.name(set.getArgs().get(0).getExpr()).ifPresent(key ->
          module.contextValues().putIfAbsent(key, new Declaration.Variable(set.getArgs().get(1).getExpr(), unit, List.of())));
    }
    localsSlot(node).ifPresent(slot ->
        // event.locals.db = drizzle(event.platform.env.DB): a request hook's value that the routes read as locals.db
        module.contextValues().putIfAbsent(LOCALS + slot, new Declaration.Variable(((Swc4jAstAssignExpr) node).getRight(), unit, List.of())));
    if (node instanceof Swc4jAstArrowExpr arrow) {
      FunctionUnit child = unit(arrow, unit, nameFromParent(arrow), new ArrayList<>(arrow.getParams()), owner);
      if (!(arrow.getBody() instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt)) {
        child.addReturned(arrow.getBody());
      }
      visitChildren(arrow, child, null);
      contextFactory(child);
      return;
    }
    if (node instanceof Swc4jAstMethodProp method) {
      String name = Ast.name(method.getKey()).orElse("<method>");
      FunctionUnit child = unit(method, unit, name, params(method.getFunction()), owner);
      visitChildren(method.getFunction(), child, null);
      return;
    }
    if (node instanceof Swc4jAstVarDeclarator declarator) {
      declarator.getInit().ifPresent(init -> Patterns.declareVariable(declarator.getName(), unit, init, List.of()));
      lateAssignments.declarator(declarator, unit);
    }
    if (node instanceof Swc4jAstAssignExpr assign) {
      if (owner != null) {
        thisField(assign, unit, owner);
      }
      lateAssignments.assignment(assign, unit);
    }
    if (node instanceof Swc4jAstExportDecl export) {
      exportedNames(export.getDecl()).forEach(n -> module.ownExports().put(n, n));
    }
    if (node instanceof Swc4jAstExportDefaultDecl export) {
      exportedNames(export.getDecl()).forEach(n -> module.ownExports().put("default", n));
      if (export.getDecl() instanceof Swc4jAstFnExpr fn && fn.getIdent().isEmpty()) {
        // export default function (env) {...}: reachable by importers as "default"
        visitChildren(node, unit, owner);
        module.unitAt(fn).ifPresent(u -> {
          unit.declare(DEFAULT_EXPORT, new Declaration.Function(u));
          module.ownExports().put("default", DEFAULT_EXPORT);
        });
        return;
      }
    }
    if (node instanceof Swc4jAstExportDefaultExpr export) {
      defaultExpression(export, unit);
    }
    if (node instanceof Swc4jAstNamedExport named && named.getSrc().isEmpty()) {
      named.getSpecifiers().forEach(s -> {
        if (s instanceof Swc4jAstExportNamedSpecifier spec) {
          String local = Ast.name(spec.getOrig()).orElse("");
          module.ownExports().put(spec.getExported().flatMap(Ast::name).orElse(local), local);
        }
      });
    }
    if (node instanceof Swc4jAstNamedExport named && named.getSrc().isPresent()) {
      reexport(named, unit);
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll all) {
      module.exportAllFrom().add(all.getSrc().getValue()); // export * from "./users": linked once every module is indexed
    }
    visitChildren(node, unit, owner);
  }

  /**
   * {@code export default app} names the variable {@code app}; {@code export default { list, create }} (a module of
   * handlers that a router imports and registers as {@code notes.list}) is a value importers reach as "default".
   */
  private void defaultExpression(Swc4jAstExportDefaultExpr export, FunctionUnit unit) {
    if (module.ownExports().containsKey("default")) {
      return;
    }
    if (Ast.unwrap(export.getExpr()) instanceof Swc4jAstIdent id) {
      module.ownExports().put("default", id.getSym());
    } else {
      unit.declare(DEFAULT_EXPORT, new Declaration.Variable(export.getExpr(), unit, List.of()));
      module.ownExports().put("default", DEFAULT_EXPORT);
    }
  }

  /**
   * {@code export { a as b } from "./x"} and {@code export * as ns from "./x"}: the exported name stands for the
   * import it forwards, so importers of this module (a barrel file) reach the declaration behind it.
   */
  private void reexport(Swc4jAstNamedExport named, FunctionUnit unit) {
    String from = named.getSrc().get().getValue();
    for (ISwc4jAst s : named.getSpecifiers()) {
      if (s instanceof Swc4jAstExportNamedSpecifier spec) {
        String orig = Ast.name(spec.getOrig()).orElse("");
        String exported = spec.getExported().flatMap(Ast::name).orElse(orig);
        if (!orig.isEmpty() && !module.ownExports().containsKey(exported)) {
          module.ownExports().put(exported, exported);
          unit.declare(exported, new Declaration.Import(module, from, orig));
        }
      } else if (s instanceof com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamespaceSpecifier ns) {
        Ast.name(ns.getName()).filter(n -> !module.ownExports().containsKey(n)).ifPresent(n -> {
          module.ownExports().put(n, n);
          unit.declare(n, new Declaration.Import(module, from, "*"));
        });
      }
    }
  }

  private void visitChildren(ISwc4jAst node, FunctionUnit unit, ClassInfo owner) {
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null) {
        visit(child, unit, owner);
      }
    }
  }

  private void visitClass(Swc4jAstClass clazz, FunctionUnit unit, ClassInfo info) {
    module.classes().putIfAbsent(info.name(), info);
    clazz.getSuperClass().ifPresent(s -> visit(s, unit, null));
    for (ISwc4jAst member : clazz.getBody()) {
      if (member instanceof Swc4jAstClassMethod method) {
        String name = Ast.name(method.getKey()).orElse("<method>");
        FunctionUnit child = unit(method, unit, name, params(method.getFunction()), info);
        if (method.getKind() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstMethodKind.Getter) {
          info.addGetter(name, child);
        } else {
          info.addMethod(name, child);
        }
        if (method.isStatic()) {
          info.markStatic(name);
        }
        visitChildren(method.getFunction(), child, info);
      } else if (member instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstPrivateMethod method) {
        String name = Ast.name(method.getKey()).orElse("<method>"); // #report(...) { ... }
        FunctionUnit child = unit(method, unit, name, params(method.getFunction()), info);
        info.addMethod(name, child);
        visitChildren(method.getFunction(), child, info);
      } else if (member instanceof Swc4jAstConstructor ctor) {
        List<ISwc4jAst> ps = new ArrayList<>();
        // constructor(private db: D1Database) is a parameter property; constructor(steps: Step[]) a plain parameter (its pattern)
        ctor.getParams().forEach(p -> ps.add(p instanceof Swc4jAstTsParamProp tp ? tp.getParam() : p instanceof Swc4jAstParam param ? param.getPat() : p));
        FunctionUnit child = unit(ctor, unit, "constructor", ps, info);
        info.addMethod("constructor", child);
        for (int i = 0; i < ps.size(); i++) {
          if (ctor.getParams().get(i) instanceof Swc4jAstTsParamProp) {
            // constructor(private db: D1Database): the parameter is also a field
            ISwc4jAst param = ps.get(i);
            Ast.name(param instanceof Swc4jAstBindingIdent b ? b.getId() : param).ifPresent(n ->
                info.addField(n, new Declaration.Variable(param, child, List.of())));
          }
        }
        ctor.getBody().ifPresent(body -> visit(body, child, info));
      } else if (member instanceof Swc4jAstClassProp prop) {
        String name = Ast.name(prop.getKey()).orElse("<prop>");
        classProp(name, prop.getValue(), unit, info);
        if (prop.isStatic()) {
          info.markStatic(name);
        }
      } else if (member instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstPrivateProp prop) {
        classProp(Ast.name(prop.getKey()).orElse("<prop>"), prop.getValue(), unit, info);
      } else {
        visit(member, unit, info);
      }
    }
  }

  /** A class field: {@code db = env.DB}, or a method written as an arrow ({@code handle = async () => ...}). */
  private void classProp(String name, Optional<? extends ISwc4jAst> value, FunctionUnit unit, ClassInfo info) {
    value.ifPresent(v -> {
      info.addField(name, new Declaration.Variable(v, unit, List.of()));
      if (Ast.unwrap(v) instanceof Swc4jAstArrowExpr arrow) {
        FunctionUnit child = unit(arrow, unit, name, new ArrayList<>(arrow.getParams()), info);
        info.addMethod(name, child);
        if (!(arrow.getBody() instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt)) {
          child.addReturned(arrow.getBody()); // notes = (id) => this.db.prepare(sql).all(): what the method returns
        }
        visitChildren(arrow, child, info);
      } else {
        visit(v, unit, info);
      }
    });
  }

  private FunctionUnit unit(ISwc4jAst node, FunctionUnit parent, String name, List<ISwc4jAst> params, ClassInfo owner) {
    FunctionUnit u = new FunctionUnit(module, node, parent, name, params, owner);
    module.addUnit(u);
    for (int i = 0; i < params.size(); i++) {
      Patterns.declareParameter(params.get(i), u, i, List.of());
    }
    return u;
  }

  private static List<ISwc4jAst> params(Swc4jAstFunction fn) {
    List<ISwc4jAst> out = new ArrayList<>();
    for (Swc4jAstParam p : fn.getParams()) {
      out.add(p.getPat());
    }
    return out;
  }

  /** {@code this.db = db} anywhere in a class records field {@code db}. */
  private static void thisField(Swc4jAstAssignExpr assign, FunctionUnit unit, ClassInfo owner) {
    if (assign.getLeft() instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr) {
      Ast.propName(m).ifPresent(f -> owner.addField(f, new Declaration.Variable(assign.getRight(), unit, List.of())));
    }
  }

  private void importDecl(Swc4jAstImportDecl imp, FunctionUnit unit) {
    String specifier = imp.getSrc().getValue();
    for (ISwc4jAst s : imp.getSpecifiers()) {
      if (s instanceof Swc4jAstImportNamedSpecifier named) {
        String local = named.getLocal().getSym();
        String imported = named.getImported().flatMap(Ast::name).orElse(local);
        unit.declare(local, new Declaration.Import(module, specifier, imported));
      } else if (s instanceof Swc4jAstImportDefaultSpecifier def) {
        unit.declare(def.getLocal().getSym(), new Declaration.Import(module, specifier, "default"));
      } else if (s instanceof Swc4jAstImportStarAsSpecifier star) {
        unit.declare(star.getLocal().getSym(), new Declaration.Import(module, specifier, "*"));
      }
    }
  }

  private static List<String> exportedNames(ISwc4jAst decl) {
    if (decl instanceof Swc4jAstFnDecl fn) {
      return List.of(fn.getIdent().getSym());
    }
    if (decl instanceof Swc4jAstClassDecl c) {
      return List.of(c.getIdent().getSym());
    }
    if (decl instanceof Swc4jAstClassExpr c) {
      return c.getIdent().map(i -> List.of(i.getSym())).orElse(List.of());
    }
    if (decl instanceof Swc4jAstFnExpr f) {
      return f.getIdent().map(i -> List.of(i.getSym())).orElse(List.of());
    }
    List<String> names = new ArrayList<>();
    for (ISwc4jAst child : decl.getChildNodes()) {
      if (child instanceof Swc4jAstVarDeclarator d && d.getName() instanceof Swc4jAstBindingIdent b) {
        names.add(b.getId().getSym());
      }
    }
    return names;
  }

  private ClassInfo classInfo(String name, Swc4jAstClass clazz) {
    String superName = clazz.getSuperClass().map(Ast::unwrap).flatMap(s -> s instanceof Swc4jAstMemberExpr m
        ? Ast.propName(m) : Ast.identifier(s)).orElse("");
    return new ClassInfo(name, superName, clazz, module);
  }

  private String anonymousClassName(Swc4jAstClassExpr expr) {
    return "<class@" + expr.getSpan().getLine() + ">";
  }

  /** {@code const handler = () => ...} and {@code fetch: async () => ...} take their holder's name. */
  private static String nameFromParent(ISwc4jAst node) {
    ISwc4jAst parent = node.getParent();
    if (parent instanceof Swc4jAstVarDeclarator d && d.getName() instanceof Swc4jAstBindingIdent b) {
      return b.getId().getSym();
    }
    if (parent instanceof Swc4jAstKeyValueProp kv) {
      return Ast.name(kv.getKey()).orElse("<anonymous>");
    }
    if (parent instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread arg
        && arg.getParent() instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr call
        && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m && !call.getArgs().isEmpty()
        && Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr path) {
      // app.get("/orders", async (c) => ...) is named after its route
      return Ast.propName(m).orElse("").toUpperCase(java.util.Locale.ROOT) + " " + path.getValue() + " handler";
    }
    return "<anonymous@" + node.getSpan().getLine() + ">";
  }

  /** The prefix under which {@link #contextFactory} values are kept among the module's context values. */
  static final String CONTEXT = "ctx.";

  /** The names frameworks give the function that builds each request's context (tRPC's {@code createContext}, Remix's {@code getLoadContext}). */
  private static final java.util.Set<String> CONTEXT_FACTORIES = java.util.Set.of("createContext", "createTRPCContext", "getLoadContext");

  /**
   * The members of the object a context factory returns ({@code createContext: (_, c) => ({ db: c.get("db"), env: c.env })}),
   * kept as {@code ctx.db}: what a procedure reads from its {@code ctx}.
   */
  private void contextFactory(FunctionUnit factory) {
    if (!CONTEXT_FACTORIES.contains(factory.name())) {
      return;
    }
    for (ISwc4jAst returned : factory.returned()) {
      if (!(Ast.unwrap(returned) instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit object)) {
        continue;
      }
      for (ISwc4jAst prop : object.getProps()) {
        if (prop instanceof Swc4jAstKeyValueProp kv) {
          Ast.name(kv.getKey()).ifPresent(key -> module.contextValues().putIfAbsent(CONTEXT + key, new Declaration.Variable(kv.getValue(), factory, List.of())));
        } else if (prop instanceof Swc4jAstIdent shorthand) {
          module.contextValues().putIfAbsent(CONTEXT + shorthand.getSym(), new Declaration.Variable(shorthand, factory, List.of()));
        }
      }
    }
  }

  /** The prefix under which {@link #localsSlot} values are kept among the module's context values. */
  static final String LOCALS = "locals.";

  /**
   * The slot name of an assignment {@code <x>.locals.<slot> = value}: the request-scoped object a request hook fills for
   * the handlers after it (SvelteKit's {@code event.locals}, Astro's {@code context.locals}), read back as {@code locals.<slot>}.
   */
  static Optional<String> localsSlot(ISwc4jAst node) {
    if (!(node instanceof Swc4jAstAssignExpr assign)
        || assign.getOp() != com.caoccao.javet.swc4j.ast.enums.Swc4jAstAssignOp.Assign
        || !(assign.getLeft() instanceof Swc4jAstMemberExpr slot) || !(Ast.unwrap(slot.getObj()) instanceof Swc4jAstMemberExpr holder)
        || Ast.propName(holder).filter("locals"::equals).isEmpty()) {
      return Optional.empty();
    }
    return Ast.propName(slot);
  }

  /** {@code x.set("name", value)} with a literal name and exactly two arguments. */
  private static boolean isContextSet(com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr call) {
    return call.getArgs().size() == 2 && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("set"::equals).isPresent()
        && Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
  }

}
