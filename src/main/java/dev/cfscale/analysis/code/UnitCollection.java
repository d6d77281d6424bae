package dev.cfscale.analysis.code;

import java.util.List;
import java.util.function.Consumer;

/**
 * What collecting one unit's own code found (operations, call edges, the parameter seeds it passed, in order) and
 * what it read of its Worker ({@link Project.Reads}). Collection depends on nothing else, so a Worker (or a later
 * round) whose project answers every one of those questions the same way gets the same result: it reuses this one
 * and replays the seeds. A module shared by a hundred Workers is collected once per distinct answer, and only its
 * units that read what differs (a helper seeded with this Worker's binding) are collected again.
 */
record UnitCollection(Project.Reads reads, List<RawOperation> operations, List<CallEdge> edges, List<Consumer<Project>> seeds) {

  /** Applies this collection's parameter seeds to {@code project}, as collecting the unit there would. */
  void replay(Project project) {
    seeds.forEach(s -> s.accept(project));
  }
}
