package dev.cfscale.rules.workers;

import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/** Workers Sites ({@code [site]}) is deprecated in favour of Workers static assets. */
@RuleInfo(id = "workers/deprecated-site", severity = Severity.MEDIUM,
    summary = "Deprecated Workers Sites ([site]) instead of static assets")
public final class DeprecatedSite implements EnvironmentRule {

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    return env.site().stream().map(at -> FindingBuilder.of(this, env)
        .at(at)
        .message("[site] (Workers Sites) is deprecated: every asset request runs the Worker and reads KV (billed"
            + " requests, CPU and KV reads), where static assets are served without invoking it")
        .evidence("key", "site")
        .fix("Replace [site] with [assets] directory = \"...\" (and binding = \"ASSETS\" if code serves files), then"
            + " remove @cloudflare/kv-asset-handler.")
        .subject("site")
        .build());
  }
}
