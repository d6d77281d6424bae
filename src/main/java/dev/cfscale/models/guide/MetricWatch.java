package dev.cfscale.models.guide;

/**
 * One metric to watch for a binding the project uses: the product and resource, the GraphQL Analytics dataset and
 * fields that show the risk, what they show, and when to act (with the documented limit behind the threshold).
 */
public record MetricWatch(String product, String resource, String dataset, String fields, String shows, String actWhen) {}
