package dev.cfscale.rules.config;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.InheritanceGap;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.SecretShape;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bindings and vars are not inherited by named environments. Wrangler only warns; the deployed environment then has
 * {@code env.X === undefined} and fails at the first request that uses it. Before claiming that, the rule reads what
 * else supplies a name (a secret declared in {@code secrets.required}, put with {@code wrangler secret put}, kept in
 * {@code .dev.vars}; a {@code --var} injected at deploy) and whether the Worker's code mentions it at all.
 */
@RuleInfo(id = "config/env-missing-bindings", severity = Severity.HIGH,
    summary = "Named environment silently loses top-level bindings or vars (they are not inherited)")
public final class EnvironmentMissingBindings implements Rule {
  /** Keys whose loss does not break code at run time (build-time defines, type-only secret lists, containers: not bindings). */
  private static final Set<String> HARMLESS = Set.of("define", "secrets", "containers");

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> w.environments().stream().flatMap(env -> check(w, env)));
  }

  /**
   * One finding per environment for the keys it leaves out entirely (listed together at the env table),
   * and one per partial list that omits some top-level names; names supplied another way are left out.
   */
  private Stream<Finding> check(WorkerConfig worker, WorkerEnvironment env) {
    Map<String, String> cleared = new LinkedHashMap<>();
    List<InheritanceGap> gaps = env.inheritanceGaps().stream().filter(g -> !HARMLESS.contains(g.key()))
        .map(g -> unexplained(worker, env, g, cleared)).flatMap(Optional::stream).toList();
    List<InheritanceGap> whole = gaps.stream().filter(InheritanceGap::keyMissing).toList();
    Stream<Finding> partial = gaps.stream().filter(g -> !g.keyMissing()).map(g -> finding(worker, env, g, cleared));
    if (whole.size() <= 1) {
      return Stream.concat(whole.stream().map(g -> finding(worker, env, g, cleared)), partial);
    }
    return Stream.concat(Stream.of(combined(worker, env, whole, cleared)), partial);
  }

  /** The gap without the names something else supplies or no code mentions; empty when none is left. */
  private static Optional<InheritanceGap> unexplained(WorkerConfig worker, WorkerEnvironment env, InheritanceGap gap,
      Map<String, String> cleared) {
    if (gap.names().isEmpty()) {
      return Optional.of(gap);
    }
    List<String> kept = new ArrayList<>();
    for (String name : gap.names()) {
      Optional<String> why = suppliedOrUnused(worker, env, gap.key(), name);
      why.ifPresentOrElse(w -> cleared.put(name, w), () -> kept.add(name));
    }
    return kept.isEmpty() ? Optional.empty()
        : Optional.of(new InheritanceGap(gap.key(), kept, gap.keyMissing(), gap.topLevelLocation(), gap.environmentLocation()));
  }

  private static Optional<String> suppliedOrUnused(WorkerConfig worker, WorkerEnvironment env, String key, String name) {
    if (key.equals("vars")) {
      boolean declaredSecret = worker.environments().stream().anyMatch(e -> e.requiredSecrets().contains(name));
      if (declaredSecret) {
        return Optional.of("declared in secrets.required (a secret, set with wrangler secret put)");
      }
      Optional<String> supplied = worker.deploy().supplied(name);
      if (supplied.isPresent()) {
        return supplied;
      }
      if (topLevelFillIn(worker, name)) {
        return Optional.of("its top-level value only marks where the real one goes (supplied at deploy, e.g. --var)");
      }
    }
    if (!name.startsWith("consumer of ") && worker.reading().neverMentions(name)) {
      return Optional.of("no code of the Worker mentions it");
    }
    return Optional.empty();
  }

  /** The top level gives {@code name} only a fill-in marker ({@code "PLACEHOLDER"}): no environment loses a real value. */
  private static boolean topLevelFillIn(WorkerConfig worker, String name) {
    return worker.environments().stream().filter(e -> e.environment().isEmpty()).flatMap(e -> e.vars().stream())
        .filter(v -> v.name().equals(name))
        .anyMatch(v -> v.text().map(t -> SecretShape.isFillInMarker(t.reveal())).orElse(false));
  }

  /** A lost binding the code mentions breaks it; a lost var, an unread code base or a dev-only environment is less sure. */
  private static Severity severity(WorkerConfig worker, WorkerEnvironment env, List<InheritanceGap> gaps) {
    boolean onlyVars = gaps.stream().allMatch(g -> g.key().equals("vars"));
    return onlyVars || env.kind() == WorkerKind.DEV_ONLY || !worker.reading().analysed() ? Severity.MEDIUM : Severity.HIGH;
  }

  private Finding combined(WorkerConfig worker, WorkerEnvironment env, List<InheritanceGap> whole, Map<String, String> cleared) {
    String envName = env.environmentLabel();
    String lost = whole.stream().map(g -> g.key() + (g.names().isEmpty() ? "" : " (" + String.join(", ", g.names()) + ")"))
        .collect(Collectors.joining(", "));
    FindingBuilder b = FindingBuilder.of(this, env)
        .severity(severity(worker, env, whole))
        .at(whole.get(0).environmentLocation())
        .message("env." + envName + " defines none of " + whole.size() + " top-level keys that are not inherited: " + lost
            + "; all of them are undefined when deployed with --env " + envName + codeWords(worker))
        .evidence("key", "env." + envName)
        .evidence("missing", lost)
        .evidence("top-level definitions", whole.stream().map(g -> g.topLevelLocation().toString()).collect(Collectors.joining(", ")));
    clearedEvidence(b, cleared);
    return b.fix("Repeat each of these under " + section(env, "") + " with this environment's own resource ids (bindings and vars are"
            + " never inherited), or suppress with a reason for the ones this environment must not have.")
        .subject("env:" + envName + ":missing-keys")
        .build();
  }

  private Finding finding(WorkerConfig worker, WorkerEnvironment env, InheritanceGap gap, Map<String, String> cleared) {
    String envName = env.environmentLabel();
    String names = String.join(", ", gap.names());
    String what = gap.key().equals("vars") ? "var(s) " + names : "binding(s) " + names;
    String message = gap.keyMissing()
        ? "env." + envName + " has no `" + gap.key() + "`: top-level " + what + " are not inherited, so they are"
            + " undefined when deployed with --env " + envName
        : "env." + envName + "." + gap.key() + " leaves out " + what + " defined at the top level: not inherited,"
            + " so undefined when deployed with --env " + envName;
    FindingBuilder b = FindingBuilder.of(this, env)
        .severity(severity(worker, env, List.of(gap)))
        .at(gap.environmentLocation())
        .message(message + codeWords(worker))
        .evidence("key", "env." + envName + "." + gap.key())
        .evidence("missing", names.isEmpty() ? gap.key() : names)
        .evidence("top-level definition", gap.topLevelLocation().toString());
    clearedEvidence(b, cleared);
    return b.fix(fix(gap, env, names))
        .subject("env:" + envName + ":" + gap.key() + ":" + names)
        .build();
  }

  private static String codeWords(WorkerConfig worker) {
    return worker.reading().analysed() ? " (the Worker's code uses them)" : " (the Worker's code was not read: check whether it uses them)";
  }

  private static void clearedEvidence(FindingBuilder b, Map<String, String> cleared) {
    if (!cleared.isEmpty()) {
      b.evidence("not counted", cleared.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
    }
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
}
