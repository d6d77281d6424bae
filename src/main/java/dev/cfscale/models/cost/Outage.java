package dev.cfscale.models.cost;

import java.math.BigDecimal;

/**
 * On the Free plan, usage beyond an allowance is not a cost but a failure: requests fail (or logs are
 * dropped) until the allowance resets at 00:00 UTC. {@code per} is what the limit counts ("day", "request").
 */
public record Outage(String product, String item, BigDecimal usage, BigDecimal limit, String per, String consequence) {}
