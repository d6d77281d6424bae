package dev.cfscale.models.tiers;

import java.math.BigDecimal;

/**
 * What one entry point costs of one product at one tier: its part of the product's usage-based lines,
 * in proportion to what it uses of each line's meter ({@code shareOfProduct} from 0 to 1).
 */
public record RouteCost(String route, String product, BigDecimal monthlyUsd, BigDecimal shareOfProduct) {}
