package dev.cfscale.facts;

import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything the rules read about a project. {@code wholeProject} is false when one config was
 * named with {@code --config}: then cross-Worker rules (a queue consumed nowhere) stay quiet,
 * since the rest of the repository was not looked at. {@code inputs} says what was audited and skipped.
 */
public record ProjectFacts(List<WorkerConfig> workers, List<Problem> problems, List<SourceFile> sources, boolean wholeProject,
    Set<String> queuesConsumedBySkippedConfigs, List<InputSummary> inputs) {

  public ProjectFacts {
    queuesConsumedBySkippedConfigs = Set.copyOf(queuesConsumedBySkippedConfigs);
    workers = List.copyOf(workers);
    problems = List.copyOf(problems);
    sources = List.copyOf(sources);
    inputs = List.copyOf(inputs);
  }

  /** What the code of every Worker does to remove what it stores (deletes, pruning statements). */
  public dev.cfscale.facts.Retention retention() {
    return new dev.cfscale.facts.Retention(workers.stream().flatMap(w -> w.code().operations().stream()).toList(),
        workers.stream().flatMap(w -> w.code().entryPoints().stream()).toList());
  }

  /** What a message sent to each queue makes its consumer (a Worker of this project) spend. */
  public QueuedSpending queuedSpending() {
    return new QueuedSpending(workers);
  }

  /** Every analysed environment of every Worker. */
  public Stream<WorkerEnvironment> environments() {
    return workers.stream().flatMap(w -> w.environments().stream());
  }
}
