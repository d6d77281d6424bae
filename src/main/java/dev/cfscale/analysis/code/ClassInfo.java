package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A class in the project: its superclass name, methods (getters marked), and fields assigned in its code ({@code this.x = ...}). */
public final class ClassInfo {
  private final String name;
  private final String superClass;
  private final ISwc4jAst node;
  private final SourceModule module;
  private final Map<String, FunctionUnit> methods = new LinkedHashMap<>();
  private final Map<String, Declaration.Variable> fields = new LinkedHashMap<>();
  private final java.util.Set<String> getters = new java.util.HashSet<>();
  private final java.util.Set<String> statics = new java.util.HashSet<>();

  ClassInfo(String name, String superClass, ISwc4jAst node, SourceModule module) {
    this.name = name;
    this.superClass = superClass;
    this.node = node;
    this.module = module;
  }

  /** The module the class is declared in. */
  SourceModule module() {
    return module;
  }

  public String name() {
    return name;
  }

  /** The superclass identifier ({@code DurableObject}, {@code WorkerEntrypoint}...), or "". */
  public String superClass() {
    return superClass;
  }

  ISwc4jAst node() {
    return node;
  }

  /**
   * The name of the {@code index}-th type argument given to the superclass, when it is a plain type name:
   * {@code extends AgentWorkflow<MyAgent, Params>} gives MyAgent for 0.
   */
  public java.util.Optional<String> superTypeArgument(int index) {
    if (!(node instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass c) || c.getSuperTypeParams().isEmpty()) {
      return java.util.Optional.empty();
    }
    var params = c.getSuperTypeParams().get().getParams();
    return index < params.size() && params.get(index) instanceof com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeRef ref
        && ref.getTypeName() instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent id
        ? java.util.Optional.of(id.getSym()) : java.util.Optional.empty();
  }

  public Map<String, FunctionUnit> methods() {
    return methods;
  }

  void addMethod(String method, FunctionUnit unit) {
    methods.putIfAbsent(method, unit);
  }

  /** A getter ({@code get db() { ... }}): reading {@code this.db} runs it, so the read is what it returns. */
  void addGetter(String getter, FunctionUnit unit) {
    methods.put(getter, unit); // a setter of the same name, written first, is not what a read gives
    getters.add(getter);
  }

  /** The members read through a getter. */
  java.util.Set<String> getters() {
    return java.util.Collections.unmodifiableSet(getters);
  }

  /** Marks {@code member} as declared {@code static}: read through the class itself ({@code Controller.list}). */
  void markStatic(String member) {
    statics.add(member);
  }

  /** True when {@code member} is a static method or field of this class itself (not of a superclass). */
  boolean isStatic(String member) {
    return statics.contains(member);
  }

  /**
   * True when {@code member} is a method other code can call on an instance: not {@code static} (it lives on the class),
   * not TypeScript {@code private} and not {@code #private} (only the class's own code calls those; a typed caller, such
   * as a Durable Object stub or a service binding, cannot name them).
   */
  public boolean isPublicInstanceMethod(String member) {
    FunctionUnit unit = methods.get(member);
    return unit != null && !statics.contains(member) && !member.startsWith("#") && !declaredPrivate(unit.node());
  }

  /** {@code private run() {...}}, or a field holding an arrow, {@code private run = () => ...}. */
  private static boolean declaredPrivate(ISwc4jAst method) {
    var accessibility = method instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassMethod m ? m.getAccessibility()
        : method.getParent() instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassProp p ? p.getAccessibility()
        : Optional.<com.caoccao.javet.swc4j.ast.enums.Swc4jAstAccessibility>empty();
    return accessibility.filter(a -> a == com.caoccao.javet.swc4j.ast.enums.Swc4jAstAccessibility.Private).isPresent();
  }

  /** True when {@code member} is read through a getter. */
  boolean isGetter(String member) {
    return getters.contains(member);
  }

  /**
   * Records what field {@code field} holds: the first value written for it, except that a placeholder
   * ({@code DATABASE: KVNamespace = null as any}) gives way to what the class's code assigns later
   * ({@code this.DATABASE = env.DATABASE} in an init method): that is the value the field has when it is read.
   */
  void addField(String field, Declaration.Variable value) {
    Declaration.Variable kept = fields.get(field);
    if (kept == null || placeholder(kept.init()) && !placeholder(value.init())) {
      fields.put(field, value);
    }
  }

  /** {@code null}, {@code undefined}, also through a type assertion ({@code null as any}). */
  private static boolean placeholder(ISwc4jAst init) {
    return init == null || Ast.nullish(init);
  }

  Optional<Declaration.Variable> field(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** What field {@code field} (static or not) is initialised to in the class body or assigned in its code, when it is. */
  public Optional<ISwc4jAst> fieldInitializer(String field) {
    return field(field).map(Declaration.Variable::init);
  }
}
