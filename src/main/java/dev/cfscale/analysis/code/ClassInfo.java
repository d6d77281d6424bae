package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A class in the project: its superclass name, methods, and fields assigned in its code ({@code this.x = ...}). */
public final class ClassInfo {
  private final String name;
  private final String superClass;
  private final ISwc4jAst node;
  private final Map<String, FunctionUnit> methods = new LinkedHashMap<>();
  private final Map<String, Declaration.Variable> fields = new LinkedHashMap<>();

  ClassInfo(String name, String superClass, ISwc4jAst node) {
    this.name = name;
    this.superClass = superClass;
    this.node = node;
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

  public Map<String, FunctionUnit> methods() {
    return methods;
  }

  void addMethod(String method, FunctionUnit unit) {
    methods.putIfAbsent(method, unit);
  }

  void addField(String field, Declaration.Variable value) {
    fields.putIfAbsent(field, value);
  }

  Optional<Declaration.Variable> field(String field) {
    return Optional.ofNullable(fields.get(field));
  }
}
