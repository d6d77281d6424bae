package dev.cfscale.rules.config;

import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Two bindings with one name: wrangler refuses the config, and code could only reach one of them. */
@RuleInfo(id = "config/duplicate-binding-name", severity = Severity.HIGH,
    summary = "Two bindings share a name; wrangler rejects the config")
public final class DuplicateBindingName implements EnvironmentRule {

  @Override
  public boolean appliesTo(WorkerKind kind) {
    return true;
  }

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    Map<String, List<Binding>> byName = new LinkedHashMap<>();
    env.bindings().forEach(b -> byName.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(b));
    return byName.values().stream().filter(list -> list.size() > 1).map(list -> finding(env, list));
  }

  private Finding finding(WorkerEnvironment env, List<Binding> sameName) {
    Binding second = sameName.get(1);
    List<String> kinds = sameName.stream().map(b -> b.type().displayName()).distinct().toList();
    String assigned = kinds.size() == 1 ? "multiple " + kinds.get(0) + " bindings" : String.join(" and ", kinds) + " bindings";
    return FindingBuilder.of(this, env)
        .at(second.location())
        .message(second.name() + " assigned to " + assigned + ": binding names must be unique, wrangler rejects the config")
        .evidence("name", second.name())
        .evidence("first definition", sameName.get(0).location().toString())
        .fix("Rename one of the bindings and update the code that uses it.")
        .subject("binding:" + second.name())
        .build();
  }
}
