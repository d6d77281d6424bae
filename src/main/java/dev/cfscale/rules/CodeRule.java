package dev.cfscale.rules;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A rule over the operations code analysis found, one operation at a time. */
public interface CodeRule extends CodeFactsRule {

  Stream<Finding> check(WorkerConfig worker, OperationSite operation, RuleContext context);

  @Override
  default Stream<Finding> check(ProjectFacts facts, RuleContext context) {
    return facts.workers().stream().flatMap(w -> w.code().operations().stream().flatMap(op -> check(w, op, context)));
  }

  /** A finding at the operation, with the evidence every code finding carries. */
  default FindingBuilder finding(WorkerConfig worker, OperationSite op) {
    return finding(this, worker, op);
  }

  /** The same, for a rule that looks at operations with the whole project in view (it is not one operation at a time). */
  static FindingBuilder finding(Rule rule, WorkerConfig worker, OperationSite op) {
    FindingBuilder b = FindingBuilder.of(rule, op.location()).worker(worker.topLevelName()).environments(worker.environmentLabels())
        .evidence("code", op.code())
        .evidence("in", op.function());
    op.binding().ifPresent(name -> b.evidence("binding", name + op.bindingType().map(t -> " (" + t.displayName() + ")").orElse("")));
    if (!op.reachedFrom().isEmpty()) {
      b.evidence("reached from", op.reachedFrom().stream().map(EntryPoint::toString).sorted().collect(Collectors.joining(", ")));
    }
    op.loop().loop().ifPresent(l -> b.evidence("loop", l + (op.loop().viaCall() ? " (the function is called inside it)" : "")));
    return b.subject(op.function() + ":" + op.operation() + ":" + op.code());
  }

  /** "in a loop" wording for messages. */
  static String loopWords(OperationSite op) {
    String where = op.loop().loop().map(l -> " at line " + l.line()).orElse("");
    String how = op.loop().kind() == dev.cfscale.facts.code.LoopContext.Kind.ARRAY_CALLBACK
        ? (op.loop().parallel() ? "in a Promise.all over an array" : "in an array callback") : "in a loop";
    return (op.loop().viaCall() ? "in a function called " : "") + how + where;
  }
}
