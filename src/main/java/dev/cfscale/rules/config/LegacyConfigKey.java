package dev.cfscale.rules.config;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.UnknownKey;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A key of an older wrangler. Most are hygiene (a note: {@code type}, {@code usage_model}, {@code zone_id} are
 * ignored); a key under which bindings are silently missing ({@code kv-namespaces}) is a defect; one that makes
 * wrangler refuse the config ({@code legacy_env}, {@code node_compat} under wrangler 4) breaks the deploy.
 */
@RuleInfo(id = "config/legacy-key", severity = Severity.NOTE,
    summary = "Key of an older wrangler: ignored (note), bindings lost, or the deploy is refused")
public final class LegacyConfigKey implements Rule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> w.unknownKeys().stream().filter(UnknownKey::legacy).map(k -> finding(w, k)));
  }

  private Finding finding(WorkerConfig worker, UnknownKey key) {
    Optional<Integer> wrangler = worker.deploy().wranglerMajor();
    Severity severity = switch (key.effect()) {
      case REJECTED -> Severity.HIGH;
      case REJECTED_FROM_WRANGLER_4 -> wrangler.map(v -> v < 4).orElse(false) ? Severity.NOTE : Severity.HIGH;
      case LOST -> Severity.MEDIUM;
      default -> Severity.NOTE;
    };
    FindingBuilder b = FindingBuilder.of(this, key.location()).worker(worker.topLevelName())
        .severity(severity)
        .message(key.message() + (key.effect() == UnknownKey.Effect.REJECTED_FROM_WRANGLER_4 ? wranglerWords(wrangler) : ""))
        .evidence("key", key.path())
        .evidence("effect", effectWords(key.effect()))
        .fix(key.suggestion().map(s -> "Rename \"" + key.key() + "\" to \"" + s + "\".")
            .orElse(fix(key)))
        .subject("key:" + key.path());
    wrangler.ifPresent(v -> b.evidence("wrangler", "major version " + v + " (package.json)"));
    return b.build();
  }

  private static String wranglerWords(Optional<Integer> wrangler) {
    return wrangler.map(v -> v < 4 ? "; this project uses wrangler " + v + ", which still accepts it: upgrading to wrangler 4 will fail the deploy"
        : "; this project uses wrangler " + v + ", so the deploy fails").orElse("; current wrangler (4) fails the deploy");
  }

  private static String effectWords(UnknownKey.Effect effect) {
    return switch (effect) {
      case REJECTED -> "wrangler refuses the config";
      case REJECTED_FROM_WRANGLER_4 -> "wrangler 4 refuses the config";
      case LOST -> "the bindings it declares are missing";
      default -> "ignored: nothing is lost (hygiene)";
    };
  }

  private static String fix(UnknownKey key) {
    return key.key().equals("node_compat") ? "Remove node_compat and add \"nodejs_compat\" to compatibility_flags."
        : "Remove the key; it is left from an older wrangler" + (key.effect() == UnknownKey.Effect.INERT ? " and does nothing now." : ".");
  }
}
