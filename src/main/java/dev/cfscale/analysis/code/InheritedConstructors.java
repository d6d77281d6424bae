package dev.cfscale.analysis.code;

import java.util.Optional;

/**
 * Which constructor runs for {@code new C(args)} and for {@code super(args)}: a class without a constructor of its own
 * runs its superclass's with the same arguments (JavaScript's default constructor is {@code constructor(...args) {
 * super(...args) }}), so {@code new Behavior(this)} reaches the {@code constructor(protected infra: Infra)} of a base
 * class two levels up, and that parameter property holds what was passed. Only the Worker's own superclasses are followed
 * ({@link Project#ownSuperclass}): a library base class is its convention's.
 */
final class InheritedConstructors {
  private InheritedConstructors() {}

  private static final int MAX_SUPERCLASSES = 8;

  /** The constructor {@code new c(...)} runs: its own, or its nearest own superclass's. */
  static Optional<FunctionUnit> of(ClassInfo c, Project project) {
    ClassInfo k = c;
    for (int hops = 0; k != null && hops < MAX_SUPERCLASSES; hops++) {
      FunctionUnit ctor = k.methods().get("constructor");
      if (ctor != null) {
        return Optional.of(ctor);
      }
      k = project.ownSuperclass(k).orElse(null);
    }
    return Optional.empty();
  }

  /** The constructor a {@code super(...)} call written in {@code unit} (a constructor, or an arrow in it) runs. */
  static Optional<FunctionUnit> ofSuper(FunctionUnit unit, Project project) {
    return unit.owner().flatMap(project::ownSuperclass).flatMap(up -> of(up, project));
  }
}
