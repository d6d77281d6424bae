package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.Map;
import java.util.Optional;

/**
 * Classes the runtime calls into: Durable Objects ({@code extends DurableObject}, or any class the config
 * binds), {@code WorkerEntrypoint} (handlers and RPC methods) and Workflows ({@code run}: a class extending
 * {@code WorkflowEntrypoint}, or any class the config binds as a Workflow, such as one extending a library's subclass).
 */
final class EntrypointClasses implements Convention {

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (Map.Entry<String, ClassInfo> named : module.classes().entrySet()) {
      // a class a factory makes is found under the name it is stored as (export const Chat = makeAgent(...))
      String name = named.getKey();
      ClassInfo c = named.getValue();
      String base = c.superClass();
      boolean durableObject = base.equals("DurableObject") || scope.durableObjectClasses().contains(name);
      boolean workflow = base.equals("WorkflowEntrypoint") || scope.workflowClasses().contains(name);
      if (!durableObject && !base.equals("WorkerEntrypoint") && !workflow) {
        continue;
      }
      for (Map.Entry<String, FunctionUnit> m : c.methods().entrySet()) {
        if (!c.isPublicInstanceMethod(m.getKey())) {
          continue; // private and static methods are not on what the runtime or a stub calls: the class's own code runs them
        }
        Optional<EntryKind> hook = durableObject ? frameworkHook(module, c, m.getKey(), scope) : Optional.empty();
        hook.or(() -> kindOf(m.getKey(), durableObject, workflow)).ifPresent(kind ->
            scope.add(kind, name + "." + m.getKey(), module, m.getValue().node(), m.getValue()));
      }
    }
  }

  /** The handler a framework base class runs the method from ({@code onAlarm} from the object's alarm). */
  private static Optional<EntryKind> frameworkHook(SourceModule module, ClassInfo c, String method, EntryScope scope) {
    return scope.project().conventions().stream().map(cv -> cv.hookKind(module, c, method)).flatMap(Optional::stream).findFirst();
  }

  private static Optional<EntryKind> kindOf(String method, boolean durableObject, boolean workflow) {
    if (method.equals("constructor")) {
      return Optional.empty();
    }
    if (workflow) {
      return method.equals("run") ? Optional.of(EntryKind.WORKFLOW) : Optional.empty();
    }
    if (!durableObject) {
      return Optional.of(HandlerNames.KINDS.getOrDefault(method, EntryKind.RPC));
    }
    return Optional.of(switch (method) {
      case "fetch" -> EntryKind.DURABLE_OBJECT_FETCH;
      case "alarm" -> EntryKind.ALARM;
      case "webSocketMessage", "webSocketClose", "webSocketError" -> EntryKind.WEBSOCKET;
      default -> EntryKind.RPC;
    });
  }
}
