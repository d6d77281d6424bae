package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.GrowingValues;
import dev.cfscale.analysis.code.LargeContent;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.StoredGrowth;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;
import java.util.Set;

/**
 * The Agents SDK's state: {@code this.setState({ ...this.state, emails: [...this.state.emails, email] })} in an Agent
 * class writes the whole state object as one row of the object's SQLite (and sends it to every connected client). A
 * write that grows a collection of the state (an array gains an item, a map a key) is recorded as {@code state.set} on
 * the class, with how it grows ({@link StoredGrowth}); other state writes are not operations.
 */
final class AgentState implements Convention {
  private static final Set<String> AGENT_BASES = Set.of("Agent", "AIChatAgent", "VoiceAgent", "McpAgent", "Think");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<ISwc4jAst> state = stateWritten(node);
    Optional<ClassInfo> owner = unit.owner();
    if (state.isEmpty() || owner.isEmpty() || !agent(owner.get()) || !(Ast.unwrap(state.get()) instanceof Swc4jAstObjectLit object)) {
      return;
    }
    for (ISwc4jAst prop : object.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).isPresent()) {
        String field = Ast.name(kv.getKey()).get();
        GrowingValues.of(kv.getValue(), unit).filter(g -> stateField(g.collection()).isPresent()).ifPresent(g -> {
          String collection = "this.state." + stateField(g.collection()).get();
          StoredGrowth growth = new StoredGrowth(g.keyed() ? StoredGrowth.Shape.KEYED : StoredGrowth.Shape.APPENDED, collection,
              g.capped(), LargeContent.of(g.item(), g.itemUnit(), scope.evaluator()), shrunkElsewhere(field, unit));
          scope.record(unit, node, Optional.of(new Value.Binding(owner.get().name(), BindingType.DURABLE_OBJECT)), "state.set",
              new KeyArg(KeyArg.Shape.CONSTANT, field), CallOptions.NONE.withGrowth(growth));
        });
      }
    }
  }

  /** An Agents SDK class: one of its bases, or a class named like one ({@code class MyAgent extends BaseAgent}). */
  static boolean agent(ClassInfo c) {
    return AGENT_BASES.contains(c.superClass()) || c.superClass().endsWith("Agent");
  }

  /** The argument of {@code this.setState(x)}. */
  private static Optional<ISwc4jAst> stateWritten(ISwc4jAst node) {
    return Ast.call(node).filter(c -> c.args().size() == 1 && c.unwrappedCallee() instanceof Swc4jAstMemberExpr m
        && Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr && Ast.propName(m).filter("setState"::equals).isPresent())
        .map(c -> c.args().get(0));
  }

  /** {@code this.state.emails} -> emails. */
  private static Optional<String> stateField(ISwc4jAst collection) {
    return GrowingValues.path(collection).filter(p -> p.size() == 3 && p.get(0).equals("this") && p.get(1).equals("state"))
        .map(p -> p.get(2));
  }

  /**
   * True when another {@code setState} of the class writes {@code field} with something other than a growth of it or
   * itself: a filter, an empty list, a copy with a key deleted. Entries then leave as well as arrive.
   */
  private static boolean shrunkElsewhere(String field, FunctionUnit unit) {
    ClassInfo owner = unit.owner().orElseThrow();
    for (FunctionUnit other : unit.module().units()) {
      if (other.owner().filter(o -> o == owner).isEmpty()) {
        continue;
      }
      for (ISwc4jAst n : other.ownNodes()) {
        Optional<ISwc4jAst> written = stateWritten(n);
        if (written.isPresent() && Ast.unwrap(written.get()) instanceof Swc4jAstObjectLit object && writesOtherwise(object, field, other)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean writesOtherwise(Swc4jAstObjectLit object, String field, FunctionUnit unit) {
    for (ISwc4jAst prop : object.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(field::equals).isPresent()) {
        boolean same = stateField(kv.getValue()).filter(field::equals).isPresent();
        boolean grows = GrowingValues.of(kv.getValue(), unit).flatMap(g -> stateField(g.collection())).filter(field::equals).isPresent();
        return !same && !grows;
      }
    }
    return false;
  }
}
