package dev.cfscale.rules.config;

import dev.cfscale.facts.config.InheritanceGap;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bindings and vars are not inherited by named environments. Wrangler only warns; the deployed
 * environment then has {@code env.X === undefined} and fails at the first request that uses it.
 */
@RuleInfo(id = "config/env-missing-bindings", severity = Severity.HIGH,
    summary = "Named environment silently loses top-level bindings or vars (they are not inherited)")
public final class EnvironmentMissingBindings implements EnvironmentRule {
  /** Keys whose loss does not break code at run time (build-time defines, type-only secret lists). */
  private static final Set<String> HARMLESS = Set.of("define", "secrets");

  @Override
  public boolean appliesTo(WorkerKind kind) {
    return true;
  }

  /**
   * One finding per environment for the keys it leaves out entirely (listed together at the env table),
   * and one per partial list that omits some top-level names.
   */
  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    List<InheritanceGap> gaps = env.inheritanceGaps().stream().filter(g -> !HARMLESS.contains(g.key())).toList();
    List<InheritanceGap> whole = gaps.stream().filter(InheritanceGap::keyMissing).toList();
    Stream<Finding> partial = gaps.stream().filter(g -> !g.keyMissing()).map(g -> finding(env, g));
    if (whole.size() <= 1) {
      return Stream.concat(whole.stream().map(g -> finding(env, g)), partial);
    }
    return Stream.concat(Stream.of(combined(env, whole)), partial);
  }

  private Finding combined(WorkerEnvironment env, List<InheritanceGap> whole) {
    String envName = env.environmentLabel();
    String lost = whole.stream().map(g -> g.key() + (g.names().isEmpty() ? "" : " (" + String.join(", ", g.names()) + ")"))
        .collect(Collectors.joining(", "));
    boolean onlyVars = whole.stream().allMatch(g -> g.key().equals("vars"));
    return FindingBuilder.of(this, env)
        .severity(onlyVars || env.kind() == WorkerKind.DEV_ONLY ? Severity.MEDIUM : Severity.HIGH)
        .at(whole.get(0).environmentLocation())
        .message("env." + envName + " defines none of " + whole.size() + " top-level keys that are not inherited: " + lost
            + "; all of them are undefined when deployed with --env " + envName)
        .evidence("key", "env." + envName)
        .evidence("missing", lost)
        .evidence("top-level definitions", whole.stream().map(g -> g.topLevelLocation().toString()).collect(Collectors.joining(", ")))
        .fix("Repeat each of these under " + section(env, "") + " with this environment's own resource ids (bindings and vars are"
            + " never inherited), or suppress with a reason for the ones this environment must not have.")
        .subject("env:" + envName + ":missing-keys")
        .build();
  }

  /** Where the environment's keys go, in the config's own syntax: [env.x.vars] in TOML, "env" > "x" > "vars" in JSON. */
  private static String section(WorkerEnvironment env, String sub) {
    String name = env.environmentLabel();
    if (env.jsonConfig()) {
      return "\"env\": { \"" + name + "\": { " + (sub.isEmpty() ? "..." : "\"" + sub.substring(1) + "\": {...}") + " } }";
    }
    return "[env." + name + sub + "]";
  }

  private static String fix(InheritanceGap gap, WorkerEnvironment env, String names) {
    String envName = env.environmentLabel();
    String what = names.isEmpty() ? gap.key() : names;
    if (gap.key().equals("vars")) {
      return "Add " + what + " to " + section(env, ".vars") + " (or, for a credential, `wrangler secret put " + (names.isEmpty() || names.contains(",") ? "NAME" : names) + " --env "
          + envName + "`), or suppress with a reason if the environment must not have it.";
    }
    return "Repeat the " + gap.key() + " entries for " + what + " under " + section(env, "")
        + " with this environment's own resource ids, or suppress with a reason if the environment must not have them.";
  }

  private Finding finding(WorkerEnvironment env, InheritanceGap gap) {
    String envName = env.environmentLabel();
    String names = String.join(", ", gap.names());
    String what = gap.key().equals("vars") ? "var(s) " + names : "binding(s) " + names;
    String message = gap.keyMissing()
        ? "env." + envName + " has no `" + gap.key() + "`: top-level " + what + " are not inherited, so they are"
            + " undefined when deployed with --env " + envName
        : "env." + envName + "." + gap.key() + " leaves out " + what + " defined at the top level: not inherited,"
            + " so undefined when deployed with --env " + envName;
    // a lost binding breaks every code path that uses it; a lost var or a dev-only environment is less severe
    boolean lesser = gap.key().equals("vars") || env.kind() == WorkerKind.DEV_ONLY;
    return FindingBuilder.of(this, env)
        .severity(lesser ? Severity.MEDIUM : Severity.HIGH)
        .at(gap.environmentLocation())
        .message(message)
        .evidence("key", "env." + envName + "." + gap.key())
        .evidence("missing", names.isEmpty() ? gap.key() : names)
        .evidence("top-level definition", gap.topLevelLocation().toString())
        .fix(fix(gap, env, names))
        .subject("env:" + envName + ":" + gap.key() + ":" + names)
        .build();
  }
}
