package dev.cfscale.rules.config;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.config.UnknownKey;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A key wrangler's schema does not know is ignored: a misspelt limit or binding silently does nothing. Keys of
 * older wranglers are {@code config/legacy-key}; keys wrangler accepts though its published schema leaves them
 * out ({@code services[].environment}) are not reported.
 */
@RuleInfo(id = "config/unknown-key", severity = Severity.LOW,
    summary = "Config key unknown to wrangler is ignored (misspelt or misplaced)")
public final class UnknownConfigKey implements Rule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> w.unknownKeys().stream().filter(k -> !k.legacy()).map(k -> finding(w.topLevelName(), k)));
  }

  private Finding finding(String worker, UnknownKey key) {
    return FindingBuilder.of(this, key.location())
        .worker(worker)
        .message(key.message())
        .evidence("key", key.path())
        .evidence("did you mean", key.suggestion().orElse("(no close match)"))
        .fix(key.suggestion().map(s -> "Rename \"" + key.key() + "\" to \"" + s + "\".")
            .orElse("Remove the key or move it where wrangler expects it (see the wrangler configuration docs)."))
        .subject("key:" + key.path())
        .build();
  }
}
