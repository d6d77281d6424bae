package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * {@code idFromName("global")} (or {@code getByName} of a constant) on a request path: every request
 * goes to one single-threaded object, capped at about 1,000 requests per second. Coordinators used
 * only from cron, queues or admin routes are fine and stay quiet.
 */
@RuleInfo(id = "durable-objects/singleton-on-hot-path", severity = Severity.MEDIUM,
    summary = "One Durable Object (constant name) serves every request on a hot path")
public final class DurableObjectSingletonOnHotPath implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.DURABLE_OBJECT, "idFromName", "getByName") || op.key().shape() != KeyArg.Shape.CONSTANT
        || !op.onHotRequestPath()) {
      return Stream.empty();
    }
    long perSecond = ctx.platform().whole("durableObjects.limits.softRequestsPerSecondPerObject");
    return Stream.of(finding(worker, op)
        .message(op.binding().orElse("?") + "." + op.operation() + "(" + op.key().text() + ") sends every request to one Durable"
            + " Object: it is single-threaded, with a soft limit of about " + perSecond + " requests/s, after which"
            + " requests fail as overloaded")
        .evidence("name", op.key().text())
        .evidence("limit", "about " + perSecond + " requests/s per object (durableObjects.limits.softRequestsPerSecondPerObject)")
        .fix("Shard by a key from the request (user, room, tenant: idFromName(`room:${id}`)), or keep the singleton off the"
            + " hot path (cron, queue) and cache its answers. If traffic to it stays low, suppress with that reason.")
        .build());
  }
}
