import { drizzle } from "drizzle-orm/d1";
import { desc, eq, sql } from "drizzle-orm";
import { orders } from "./schema";

/** Featured orders for the storefront: shuffled unless the caller asks for the newest. */
export async function featured(env: Env, sort = "shuffle") {
  // expect: d1/temp-btree-sort contains: orders by RANDOM()
  const order = sort === "shuffle" ? sql`RANDOM()` : desc(orders.createdAt);
  return drizzle(env.DB).select({ id: orders.id, total: orders.total }).from(orders).orderBy(order).limit(12);
}

/**
 * The same name held in each branch: each branch's query sorts by its own `order` (const is block-scoped), so the
 * ranking by a per-row subquery is planned with the subquery, and the newest-first branch with its index.
 */
export async function ranked(env: Env, sort: string) {
  const db = drizzle(env.DB);
  if (sort === "newest") {
    const order = desc(orders.createdAt);
    return db.select({ id: orders.id }).from(orders).where(eq(orders.customerId, "c1")).orderBy(order).limit(10);
  } else {
    // expect: d1/temp-btree-sort contains: orders by a subquery
    const order = sql`(SELECT COUNT(*) FROM orders AS mine WHERE mine.customer_id = ${orders.customerId}) DESC`;
    return db.select({ id: orders.id }).from(orders).where(eq(orders.customerId, "c1")).orderBy(order).limit(10);
  }
}

/** The order the request picks: newest first (the index serves it) or a per-row ranking; each is planned. */
export async function chosen(env: Env, sort: string) {
  // expect: d1/temp-btree-sort contains: orders by a subquery
  const order = sort === "newest" ? desc(orders.createdAt) : sql`(SELECT COUNT(*) FROM orders AS mine WHERE mine.customer_id = ${orders.customerId}) DESC`;
  return drizzle(env.DB).select({ id: orders.id }).from(orders).where(eq(orders.customerId, "c1")).orderBy(order).limit(10);
}
