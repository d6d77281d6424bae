import { drizzle } from "drizzle-orm/d1";
import { desc, sql } from "drizzle-orm";
import { orders } from "./schema";

/** Featured orders for the storefront: shuffled unless the caller asks for the newest. */
export async function featured(env: Env, sort = "shuffle") {
  // expect: d1/temp-btree-sort contains: orders by RANDOM()
  const order = sort === "shuffle" ? sql`RANDOM()` : desc(orders.createdAt);
  return drizzle(env.DB).select({ id: orders.id, total: orders.total }).from(orders).orderBy(order).limit(12);
}
