package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.code.EntryPoint;
import java.util.Optional;

/**
 * What one framework or runtime API means in a Worker's code: how it enters the code (entry points)
 * and which values and operations its calls give. The engine ({@link Evaluator}, {@link OperationCollector},
 * {@link EntryPointFinder}) knows JavaScript; everything a framework adds is one small implementation in
 * {@code analysis/code/conventions/}, listed by hand in {@code Conventions.all()} (shared/style.md: small
 * interfaces, explicit registries). Each method does nothing by default, so a convention writes only
 * what it recognises: adding Kysely, workers-qb, Prisma or SvelteKit is a new class, not an engine edit.
 */
public interface Convention {

  /**
   * Folders, relative to the Worker's folder, that a framework's virtual build modules load when {@code module} (read
   * from the Worker's entry) imports the framework: the import graph cannot follow them (TanStack Start's
   * {@code src/routes/}). Their modules and what they import are read too.
   */
  default java.util.List<String> frameworkFolders(SourceModule module) {
    return java.util.List.of();
  }

  /**
   * Files at the top of the Worker's folder, outside the source folders, that the framework loads by name when the
   * code is read from those folders (no entry to follow): Next.js's {@code middleware.ts} beside {@code app/}.
   */
  default java.util.List<String> rootFiles() {
    return java.util.List.of();
  }

  /** Adds the entry points this convention declares in {@code module} (handlers, routes, classes). */
  default void entries(SourceModule module, EntryScope scope) {}

  /**
   * What {@code node} (a call, an optional call, a {@code new} expression or a member read) evaluates to under this convention
   * ({@code drizzle(env.DB)}, {@code c.var.db}, {@code ctx.storage.sql}), or empty when it does not apply
   * (an answer of {@link Value#UNKNOWN} means "mine, and not known"). {@code depth} is the evaluator's
   * recursion depth, passed back to it unchanged.
   */
  default Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Optional.empty();
  }

  /** Records the operations this convention sees at {@code node} (a Drizzle chain's SQL, an Agent's {@code this.sql}). */
  default void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {}

  /**
   * What a name used but not declared in {@code module} stands for when the framework imports it implicitly
   * (Nitro's {@code server/utils} exports), or empty.
   */
  default Optional<Declaration> autoImport(SourceModule module, String name, Project project) {
    return Optional.empty();
  }

  /**
   * True when {@code source}, a file under the Worker's folder that its code does not import, is browser code
   * this convention reads (it mentions {@code useAgent}); only such files are parsed.
   */
  default boolean readsBrowserCode(String source) {
    return false;
  }

  /**
   * Records what browser code in {@code module} does to the Worker: the Durable Object instance it connects
   * every visitor to ({@link EntryScope#fixedInstance}). The module is not part of the Worker: it adds no
   * entries and no operations.
   */
  default void browserCode(SourceModule module, EntryScope scope) {}

  /**
   * True when {@code unit}'s own code checks who calls it before going on: a credential or session check that
   * answers 401/403, a webhook signature verification, a Turnstile check, a rate-limit binding. Code that only
   * {@code unit} runs, and what it calls, is then not open to anonymous callers.
   */
  default boolean guards(FunctionUnit unit, Evaluator evaluator) {
    return false;
  }

  /**
   * True when something outside the entry's own code stands in front of it: an authentication middleware
   * registered for its route, a Pages {@code _middleware}, an Agent's {@code onBeforeConnect} that can reject.
   */
  default boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    return false;
  }

  /**
   * True when any browser can invoke {@code point}, a method of a class (an Agent's {@code @callable} method or
   * its {@code onChatMessage} hook); other class methods are called by the Worker's own code only.
   */
  default boolean clientCallable(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    return false;
  }

  /**
   * The methods of Durable Object class {@code target} that the router call {@code call} hands clients' traffic to
   * beyond the class's own client entries (PartyServer's {@code routePartykitRequest} runs a {@code YServer}'s
   * {@code onSave} after clients' edits): what they run is as open as the code that calls the router.
   */
  default java.util.Set<String> routedHooks(Ast.Call call, ClassInfo target) {
    return java.util.Set.of();
  }

  /**
   * True when {@code call} is a router call of this convention, for which {@link #routedHooks} may name hooks: asked once
   * per call so that the classes are tried only for routers (an entry has thousands of calls, a project dozens of classes).
   */
  default boolean routesTraffic(Ast.Call call) {
    return false;
  }

  /**
   * The runtime handler that a framework's base class runs method {@code method} of Durable Object class {@code owner}
   * from, when it is not the method's own name (PartyServer's {@code alarm()} calls the subclass's {@code onAlarm}).
   */
  default Optional<dev.cfscale.facts.code.EntryKind> hookKind(SourceModule module, ClassInfo owner, String method) {
    return Optional.empty();
  }
}
