package dev.cfscale.rules.r2;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.LoopBounds;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;

/**
 * R2 {@code list()} on a request path: ListObjects is a Class A operation, priced far above the Class B
 * read that serving one object costs, and paging through a bucket per request grows with the bucket. A cursor loop
 * that deletes each page it lists (deleting a folder) is left alone: the listing is part of the delete.
 */
@RuleInfo(id = "r2/list-on-request-path", severity = Severity.LOW,
    summary = "R2 list() on a request path (Class A operation; grows with the bucket when paged)")
public final class R2ListOnRequestPath implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.R2_BUCKET, "list") || !op.onHotRequestPath() || LoopBounds.pagesToDelete(worker.code(), op)) {
      return Stream.empty();
    }
    BigDecimal classA = ctx.platform().number("r2.pricing.standard.usdPerMillionClassA");
    BigDecimal classB = ctx.platform().number("r2.pricing.standard.usdPerMillionClassB");
    String ratio = classA.divide(classB, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    boolean paged = op.loop().inLoop();
    return Stream.of(finding(worker, op)
        .severity(paged ? Severity.MEDIUM : Severity.LOW)
        .message("R2 list `" + op.code() + "` runs on a request path" + (paged ? ", paging through the bucket" : "")
            + ": each call is a Class A operation at " + Figures.usd(classA) + " per million (" + ratio + "x a Class B read)"
            + (paged ? ", and the calls per request grow with the number of objects" : ""))
        .evidence("price", Figures.usd(classA) + " per million Class A (r2.pricing.standard.usdPerMillionClassA) vs "
            + Figures.usd(classB) + " per million Class B (r2.pricing.standard.usdPerMillionClassB)")
        .fix("Record objects in D1 (or a KV index) when they are written and query that, or cache the listing (Cache API"
            + " with a short TTL) instead of listing the bucket per request.")
        .build());
  }
}
