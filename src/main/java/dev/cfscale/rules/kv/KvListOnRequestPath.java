package dev.cfscale.rules.kv;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
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
 * KV {@code list()} on a request path: lists are priced like writes, the Free plan's daily allowance
 * is a thousand, and results are eventually consistent, so KV used as a queryable table breaks first
 * here. Lists from cron, queue consumers or admin routes stay quiet, and so does a cursor-paged list that only an
 * authenticated caller reaches: it runs once per page that caller asks for, not once per visitor.
 */
@RuleInfo(id = "kv/list-on-request-path", severity = Severity.MEDIUM,
    summary = "KV list() on a request path (priced like a write, 1,000 a day on Free)")
public final class KvListOnRequestPath implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.KV_NAMESPACE, "list") || !op.onHotRequestPath() || authenticatedPage(op)) {
      return Stream.empty();
    }
    BigDecimal listPrice = ctx.platform().number("kv.pricing.usdPerMillionLists");
    BigDecimal readPrice = ctx.platform().number("kv.pricing.usdPerMillionReads");
    long freePerDay = ctx.platform().whole("kv.included.free.listsPerDay");
    String ratio = listPrice.divide(readPrice, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return Stream.of(finding(worker, op)
        .message("KV list `" + op.code() + "` runs on a request path: each list is billed " + Figures.usd(listPrice)
            + " per million (" + ratio + "x a read), the Free plan includes " + Figures.count(freePerDay)
            + " lists a day (about as many requests), and listings are eventually consistent")
        .evidence("price", Figures.usd(listPrice) + " per million lists (kv.pricing.usdPerMillionLists) vs "
            + Figures.usd(readPrice) + " per million reads (kv.pricing.usdPerMillionReads)")
        .evidence("free plan", Figures.count(freePerDay) + " lists per day (kv.included.free.listsPerDay)")
        .fix("Keep an index under one key (read with one get and a cacheTtl, updated when items change), move data you"
            + " query into D1, or cache the listing (Cache API, or KV with expirationTtl) instead of listing per request.")
        .build());
  }

  /** Every path to the list checks its caller, and the list pages with a cursor the caller passes back. */
  private static boolean authenticatedPage(OperationSite op) {
    return op.openHotEntries().isEmpty() && op.options().sets("cursor");
  }
}
