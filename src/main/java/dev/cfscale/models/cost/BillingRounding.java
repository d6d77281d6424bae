package dev.cfscale.models.cost;

/**
 * How a product turns billable usage into billed units. R2 and Durable Objects round up to the next
 * billing unit (documented); Workers examples are pro rata; for the other products the docs are
 * silent and cfscale bills pro rata, saying so in the line's assumption.
 */
public enum BillingRounding {
  /** Billable usage is charged proportionally. */
  PRO_RATA,
  /** Billable usage is rounded up to whole price units before the rate applies. */
  CEIL_TO_UNIT
}
