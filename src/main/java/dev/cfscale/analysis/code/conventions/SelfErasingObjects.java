package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.GrowingValues;
import dev.cfscale.analysis.code.Project;
import dev.cfscale.analysis.code.SourceModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Durable Objects that erase all of their storage on a timer they set themselves: the Agents SDK's
 * {@code this.destroy()} (it drops the object's tables, alarm and keys) in a callback the class schedules by name
 * ({@code this.schedule(900, "onIdleTimeout")}), or {@code storage.deleteAll()} in {@code alarm()}. A demo or session
 * object that removes itself once idle keeps one session's data, not a table that grows with the Worker's traffic.
 * The call may sit in a base class of the project the bound class extends ({@code class SqlAgent extends PlaygroundAgent}).
 * A {@code destroy()} a client triggers (a "reset" method) is not a timer and does not count.
 */
final class SelfErasingObjects implements Convention {
  /** How far up a chain of the project's own base classes to look. */
  private static final int MAX_SUPERCLASSES = 8;

  /** An erasing call, the method it is written in and the words that say so. */
  private record Erase(FunctionUnit unit, ISwc4jAst call, String how) {}

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (ClassInfo c : module.classes().values()) {
      if (scope.durableObjectClasses().contains(c.name())) {
        erasingCall(chain(c, scope.project())).ifPresent(e -> scope.selfErasingObject(c, e.unit(), e.call(), e.how()));
      }
    }
  }

  /** The class and the project's own classes it extends, nearest first. */
  private static List<ClassInfo> chain(ClassInfo c, Project project) {
    List<ClassInfo> out = new ArrayList<>();
    for (ClassInfo k = c; k != null && out.size() < MAX_SUPERCLASSES && !out.contains(k); k = project.ownSuperclass(k).orElse(null)) {
      out.add(k);
    }
    return out;
  }

  private static Optional<Erase> erasingCall(List<ClassInfo> chain) {
    Set<String> scheduled = scheduledCallbacks(chain);
    for (ClassInfo k : chain) {
      for (Map.Entry<String, FunctionUnit> method : k.methods().entrySet()) {
        boolean alarm = method.getKey().equals("alarm");
        if (!alarm && !scheduled.contains(method.getKey())) {
          continue;
        }
        for (ISwc4jAst node : method.getValue().ownNodes()) {
          Optional<String> erase = erases(node, k, alarm);
          if (erase.isPresent()) {
            return Optional.of(new Erase(method.getValue(), node, "`" + erase.get() + "` in " + k.name() + "." + method.getKey()
                + (alarm ? ", its alarm" : ", a callback the class schedules")));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@code this.destroy()} of an Agents SDK class in a scheduled callback, or {@code storage.deleteAll()} in an alarm. */
  private static Optional<String> erases(ISwc4jAst node, ClassInfo owner, boolean alarm) {
    Optional<List<String>> path = Ast.call(node).filter(c -> c.args().isEmpty()).flatMap(c -> GrowingValues.path(c.unwrappedCallee()));
    if (path.isEmpty()) {
      return Optional.empty();
    }
    List<String> p = path.get();
    if (p.equals(List.of("this", "destroy")) && AgentState.agent(owner)) {
      return Optional.of("this.destroy()");
    }
    boolean deleteAll = p.size() >= 3 && p.get(0).equals("this") && p.get(p.size() - 2).equals("storage")
        && p.get(p.size() - 1).equals("deleteAll");
    return alarm && deleteAll ? Optional.of(String.join(".", p) + "()") : Optional.empty();
  }

  /** The method names an Agents SDK class passes to {@code this.schedule(when, "method", ...)}. */
  private static Set<String> scheduledCallbacks(List<ClassInfo> chain) {
    Set<String> names = new HashSet<>();
    for (ClassInfo k : chain) {
      if (!AgentState.agent(k)) {
        continue;
      }
      for (FunctionUnit unit : k.methods().values()) {
        for (ISwc4jAst node : unit.ownNodes()) {
          Ast.call(node).filter(c -> c.args().size() >= 2 && GrowingValues.path(c.unwrappedCallee())
              .filter(List.of("this", "schedule")::equals).isPresent())
              .flatMap(c -> text(c.args().get(1), unit)).ifPresent(names::add);
        }
      }
    }
    return names;
  }

  /** A string literal, or a constant declared with one ({@code const IDLE_CALLBACK = "onIdleTimeout"}). */
  private static Optional<String> text(ISwc4jAst arg, FunctionUnit unit) {
    ISwc4jAst value = Ast.unwrap(arg);
    if (value instanceof Swc4jAstStr s) {
      return Optional.of(s.getValue());
    }
    return Ast.identifier(value).flatMap(unit::lookup).filter(d -> d instanceof Declaration.Variable)
        .map(d -> ((Declaration.Variable) d).init()).filter(java.util.Objects::nonNull).map(Ast::unwrap)
        .filter(i -> i instanceof Swc4jAstStr).map(i -> ((Swc4jAstStr) i).getValue());
  }
}
