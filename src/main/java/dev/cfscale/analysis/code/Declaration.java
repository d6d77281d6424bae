package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.List;
import java.util.Optional;

/** How a name was introduced: a variable with an initializer, a parameter, a function, a class, an import. */
public sealed interface Declaration {

  /**
   * This declaration when it is a variable holding its whole initialiser ({@code const x = init}): a value is given and
   * nothing is destructured out of it ({@code const { a } = init} and {@code let x;} give empty), so {@code init} is what
   * the name holds.
   */
  default Optional<Variable> wholeVariable() {
    return Optional.empty();
  }

  /** {@code const name = init} or {@code const { a: name } = init} ({@code path} = [a]). */
  record Variable(ISwc4jAst init, FunctionUnit scope, List<String> path) implements Declaration {
    @Override
    public Optional<Variable> wholeVariable() {
      return path.isEmpty() && init != null ? Optional.of(this) : Optional.empty();
    }
  }

  /** The {@code index}-th parameter of {@code unit}, possibly destructured ({@code path}). */
  record Parameter(FunctionUnit unit, int index, String name, List<String> path) implements Declaration {}

  /** A function declared in the project. */
  record Function(FunctionUnit unit) implements Declaration {}

  /** A class declared in the project. */
  record Class(ClassInfo info) implements Declaration {}

  /** {@code import { imported as local } from "specifier"} ({@code imported} is "default" or "*" when so). */
  record Import(SourceModule from, String specifier, String imported) implements Declaration {}
}
