package dev.cfscale.rules.kv;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A blob stored in KV: a put whose value is the request body, a body or uploaded file read whole
 * ({@code arrayBuffer()}, {@code blob()}, {@code bytes()}), a stream, or a fetched page or response body. KV caps a
 * value (uploads above it fail), bills storage at several times R2's price and every read returns the whole value;
 * R2 is the store for objects. Code no entry point reaches stays quiet.
 */
@RuleInfo(id = "kv/large-values", severity = Severity.MEDIUM,
    summary = "Blob (request body, file, stream, fetched page) stored in KV instead of R2")
public final class KvLargeValues implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.KV_NAMESPACE, "put") || op.options().storedBlob().isEmpty() || op.reachedFrom().isEmpty()) {
      return Stream.empty();
    }
    String source = op.options().storedBlob().get();
    long maxMib = ctx.platform().whole("kv.limits.valueSizeMib");
    String kvStorage = Figures.usd(ctx.platform().number("kv.pricing.usdPerGbMonth"));
    String r2Storage = Figures.usd(ctx.platform().number("r2.pricing.standard.usdPerGbMonth"));
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` stores " + source + " as a KV value: a value above " + maxMib + " MiB is rejected, every"
            + " read returns the whole blob, and KV storage costs " + kvStorage + " per GB-month against R2's " + r2Storage)
        .evidence("value", source)
        .evidence("limit", maxMib + " MiB per value (kv.limits.valueSizeMib)")
        .evidence("storage price", "KV " + kvStorage + ", R2 " + r2Storage + " per GB-month (kv.pricing.usdPerGbMonth,"
            + " r2.pricing.standard.usdPerGbMonth)")
        .fix("Stream the body into R2 (`await env.BUCKET.put(key, request.body)`) and keep only the object key and small"
            + " metadata in KV (or D1); serve reads from R2, with the Cache API in front when they are hot.")
        .build());
  }
}
