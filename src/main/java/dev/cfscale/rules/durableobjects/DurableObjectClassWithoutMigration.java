package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Durable Object class bound by this Worker (no {@code script_name}) but created by no migration
 * and no {@code exports} entry: the deploy fails, or the namespace never exists.
 */
@RuleInfo(id = "durable-objects/class-without-migration", severity = Severity.HIGH,
    summary = "Durable Object class is bound but no migration creates it")
public final class DurableObjectClassWithoutMigration implements EnvironmentRule {

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    Set<String> created = new HashSet<>(env.exportedDurableObjectClasses());
    env.migrations().forEach(m -> created.addAll(m.createdClasses().keySet()));
    return env.bindings(BindingType.DURABLE_OBJECT).stream()
        .filter(b -> b.text("script_name").isEmpty())
        .filter(b -> b.text("class_name").filter(c -> !created.contains(c)).isPresent())
        .map(b -> finding(env, b));
  }

  private Finding finding(WorkerEnvironment env, Binding binding) {
    String className = binding.text("class_name").orElseThrow();
    return FindingBuilder.of(this, env)
        .at(binding.location())
        .message("Durable Object binding " + binding.name() + " uses class `" + className + "`, but no migration"
            + " (new_sqlite_classes, new_classes, renamed or transferred) creates it: the deploy fails")
        .evidence("key", "durable_objects.bindings[name=" + binding.name() + "].class_name")
        .evidence("value", className)
        .evidence("migrations", env.migrations().size() + " step(s), none creates " + className)
        .fix("Add a migration step: [[migrations]] tag = \"v" + (env.migrations().size() + 1) + "\""
            + " new_sqlite_classes = [\"" + className + "\"]")
        .subject("class:" + className)
        .build();
  }
}
