import { drizzle } from "drizzle-orm/d1";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

const orders = sqliteTable("orders", {
  id: text("id").primaryKey(),
  customerId: text("customer_id").notNull(),
  status: text("status").notNull(),
  total: integer("total").notNull(),
  createdAt: integer("created_at").notNull(),
});

function both(a: SQL, b: SQL | undefined) {
  return b ? and(a, b) : a;
}

// The filter a helper builds pins the count to one customer, whose orders an index finds.
export async function customerTotal(db: D1Database, customerId: string, status?: string) {
  const where = both(eq(orders.customerId, customerId), status ? eq(orders.status, status) : undefined);
  const [row] = await drizzle(db).select({ n: sql<number>`count(*)` }).from(orders).where(where); // quiet: pinned to one customer
  return row.n;
}
