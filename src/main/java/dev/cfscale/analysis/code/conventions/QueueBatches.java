package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstObjectPat;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsInterfaceDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsTypeAliasDecl;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeAnn;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeRef;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which expressions hold the messages the Queues runtime delivered: {@code batch.messages} of a queue handler's first
 * parameter ({@code queue(batch, env)}, or {@code queue({ messages })}), of a parameter typed {@code MessageBatch}, or of
 * what flows from one (a local copy, {@code batch.messages.filter(...)}, a parameter typed {@code Message<T>[]}, a helper
 * of the same module every call of which passes one). Other arrays named {@code messages}, such as an LLM chat
 * history ({@code body.messages}, {@code this.messages}), are not a delivered batch.
 *
 * @see <a href="https://developers.cloudflare.com/queues/configuration/javascript-apis/#messagebatch">MessageBatch</a>
 */
final class QueueBatches {
  private QueueBatches() {}

  private static final int MAX_DEPTH = 6;
  /** Array methods whose result still holds delivered messages ({@code batch.messages.filter(...)}). */
  private static final Set<String> SUBSETS = Set.of("filter", "slice");
  /** The runtime's own types (global: a module that declares or imports the name means something else, as AI SDKs' Message). */
  private static final String BATCH_TYPE = "MessageBatch";
  private static final String MESSAGE_TYPE = "Message";
  private static final Object DECLARED_TYPES = new Object();
  private static final Object CALLS_BY_NAME = new Object();

  /** {@code expr}, written in {@code unit}, holds messages of a delivered batch. */
  static boolean messages(ISwc4jAst expr, FunctionUnit unit, Evaluator evaluator) {
    return messages(expr, unit, evaluator, 0);
  }

  private static boolean messages(ISwc4jAst expr, FunctionUnit unit, Evaluator evaluator, int depth) {
    ISwc4jAst node = Ast.unwrap(expr);
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("messages"::equals).isPresent()) {
      return batch(m.getObj(), unit, evaluator, depth + 1);
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent() && call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter(SUBSETS::contains).isPresent()) {
      return messages(m.getObj(), unit, evaluator, depth + 1);
    }
    if (!(node instanceof Swc4jAstIdent id)) {
      return false;
    }
    Optional<Declaration> decl = unit.lookup(id.getSym(), id);
    if (decl.isPresent() && decl.get() instanceof Declaration.Variable v) {
      return v.path().isEmpty() ? messages(v.init(), v.scope(), evaluator, depth + 1)
          : v.path().equals(List.of("messages")) && batch(v.init(), v.scope(), evaluator, depth + 1); // const { messages } = batch
    }
    if (decl.isPresent() && decl.get() instanceof Declaration.Parameter p) {
      return p.path().equals(List.of("messages")) ? batchParameter(p, evaluator, depth) // queue({ messages }, env)
          : p.path().isEmpty() && (typed(p, MESSAGE_TYPE) || passedByEveryCaller(p, evaluator, depth, true));
    }
    return false;
  }

  private static boolean batch(ISwc4jAst expr, FunctionUnit unit, Evaluator evaluator, int depth) {
    if (depth > MAX_DEPTH || !(Ast.unwrap(expr) instanceof Swc4jAstIdent id)) {
      return false;
    }
    Optional<Declaration> decl = unit.lookup(id.getSym(), id);
    if (decl.isPresent() && decl.get() instanceof Declaration.Variable v) {
      return v.path().isEmpty() && batch(v.init(), v.scope(), evaluator, depth + 1);
    }
    return decl.isPresent() && decl.get() instanceof Declaration.Parameter p && p.path().isEmpty() && batchParameter(p, evaluator, depth);
  }

  /**
   * The first parameter of a queue handler, one typed as a batch ({@code MessageBatch<T>}, or the project's own
   * {@code type Batch<T> = { messages: ... }}), one named {@code batch} (a consumer's helper in another module, untyped), or
   * one every caller in its module passes a batch to.
   */
  private static boolean batchParameter(Declaration.Parameter p, Evaluator evaluator, int depth) {
    return p.index() == 0 && p.unit().name().equals("queue") || typed(p, BATCH_TYPE) || p.name().equals("batch")
        || annotation(p).filter(a -> Ast.contains(a, n -> n instanceof Swc4jAstTsTypeRef ref
            && Ast.name(ref.getTypeName()).filter(t -> t.endsWith("Batch")).isPresent())).isPresent()
        || passedByEveryCaller(p, evaluator, depth, false);
  }

  /** The parameter's type annotation names the runtime's {@code type} (not one the module declares or imports). */
  private static boolean typed(Declaration.Parameter p, String type) {
    Optional<Swc4jAstTsTypeAnn> annotation = annotation(p);
    return annotation.isPresent() && p.unit().lookup(type).isEmpty() && !declaredTypes(p.unit().module()).contains(type)
        && Ast.contains(annotation.get(), n -> n instanceof Swc4jAstTsTypeRef ref && Ast.name(ref.getTypeName()).filter(type::equals).isPresent());
  }

  private static Optional<Swc4jAstTsTypeAnn> annotation(Declaration.Parameter p) {
    if (p.index() >= p.unit().params().size()) {
      return Optional.empty();
    }
    ISwc4jAst param = p.unit().params().get(p.index());
    ISwc4jAst pattern = param instanceof Swc4jAstAssignPat assign ? assign.getLeft() : param;
    return pattern instanceof Swc4jAstBindingIdent b ? b.getTypeAnn()
        : pattern instanceof Swc4jAstObjectPat o ? o.getTypeAnn() : Optional.empty();
  }

  /** The interfaces and type aliases a module declares at its top ({@code interface Message { role: string }}). */
  private static Set<String> declaredTypes(SourceModule module) {
    return module.derived(DECLARED_TYPES, m -> {
      Set<String> names = new java.util.HashSet<>();
      for (ISwc4jAst statement : m.program().getChildNodes()) {
        ISwc4jAst decl = statement instanceof Swc4jAstExportDecl export ? export.getDecl() : statement;
        if (decl instanceof Swc4jAstTsInterfaceDecl i) {
          names.add(i.getId().getSym());
        } else if (decl instanceof Swc4jAstTsTypeAliasDecl a) {
          names.add(a.getId().getSym());
        }
      }
      return names;
    });
  }

  /**
   * The function's module calls it, and every such call passes messages ({@code asMessages}) or a batch at the parameter:
   * an untyped helper, {@code handle(batch.messages, env)}. Callers in other modules are not read (typed code says it).
   */
  private static boolean passedByEveryCaller(Declaration.Parameter p, Evaluator evaluator, int depth, boolean asMessages) {
    SourceModule module = p.unit().module();
    boolean called = false;
    // only a call that names the function can run it: the others are not evaluated
    for (var call : callsByName(module).getOrDefault(p.unit().name(), List.of())) {
      FunctionUnit caller = module.unitHolding(call);
      if (caller == p.unit() || !(evaluator.eval(call.getCallee(), caller, depth + 1) instanceof Value.Function f) || f.unit() != p.unit()) {
        continue;
      }
      if (p.index() >= call.getArgs().size()) {
        return false;
      }
      ISwc4jAst arg = call.getArgs().get(p.index()).getExpr();
      if (!(asMessages ? messages(arg, caller, evaluator, depth + 1) : batch(arg, caller, evaluator, depth + 1))) {
        return false;
      }
      called = true;
    }
    return called;
  }

  /** The module's calls by the name they call: {@code handle(...)}, {@code this.handle(...)}, {@code jobs.handle(...)}. */
  private static java.util.Map<String, List<Swc4jAstCallExpr>> callsByName(SourceModule module) {
    return module.derived(CALLS_BY_NAME, m -> {
      java.util.Map<String, List<Swc4jAstCallExpr>> byName = new java.util.HashMap<>();
      for (Swc4jAstCallExpr call : m.calls()) {
        ISwc4jAst callee = Ast.unwrap(call.getCallee());
        Optional<String> name = callee instanceof Swc4jAstMemberExpr member ? Ast.propName(member) : Ast.identifier(callee);
        name.ifPresent(n -> byName.computeIfAbsent(n, k -> new java.util.ArrayList<>()).add(call));
      }
      return byName;
    });
  }
}
