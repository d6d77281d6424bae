package dev.cfscale.rules;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A rule over the D1 advisor's analysis of each SQL statement the code sends. */
public interface D1QueryRule extends CodeFactsRule {

  Stream<Finding> check(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, RuleContext context);

  @Override
  default Stream<Finding> check(ProjectFacts facts, RuleContext context) {
    return facts.workers().stream().flatMap(w -> w.d1().stream().flatMap(b -> b.queries().stream().flatMap(q -> check(w, b, q, context))));
  }

  /**
   * A finding with the plan as evidence, at the query's prepare() call, or where the SQL text is
   * written when a query helper receives it as an argument (that is the line the user changes).
   */
  default FindingBuilder finding(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query) {
    Optional<Location> passedAt = query.site().options().sqlPassedAt();
    Location at = passedAt.orElse(query.site().location());
    FindingBuilder b = FindingBuilder.of(this, at).worker(worker.topLevelName()).environments(worker.environmentLabels())
        .evidence("sql", query.sql())
        .evidence("binding", query.binding())
        .evidence("schema", binding.schemaSource());
    query.site().options().orm().ifPresent(o -> b.evidence("sql source", "reconstructed from the " + o.library()
        + " query as written (values shown as ?)"));
    if (passedAt.isPresent()) {
      b.evidence("executed by", query.site().function() + " at " + query.site().location());
    }
    if (!query.plan().isEmpty()) {
      b.evidence("plan", String.join(" | ", query.plan()));
    }
    if (!query.site().reachedFrom().isEmpty()) {
      b.evidence("reached from", query.site().reachedFrom().stream().map(EntryPoint::toString).sorted().collect(Collectors.joining(", ")));
    }
    return b.subject(query.binding() + ":" + query.sql());
  }
}
