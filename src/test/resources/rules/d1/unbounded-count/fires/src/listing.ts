import { drizzle } from "drizzle-orm/d1";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

const orders = sqliteTable("orders", {
  id: text("id").primaryKey(),
  customerId: text("customer_id").notNull(),
  status: text("status").notNull(),
  total: integer("total").notNull(),
  createdAt: integer("created_at").notNull(),
});

// A service that combines the filters its helpers return: the count sent is over every open or held order.
export class OrderListing {
  constructor(private db: D1Database) {}

  private combine(filters: (SQL | undefined)[]): SQL | undefined {
    const set = filters.filter((f): f is SQL => f !== undefined);
    if (set.length === 0) return undefined;
    return and(...set);
  }

  private pendingFilters() {
    return [or(eq(orders.status, "open"), eq(orders.status, "held"))];
  }

  async pendingTotal(): Promise<number> {
    const where = this.combine(this.pendingFilters());
    // expect: d1/unbounded-count contains: the filter does not pin one entity
    const [row] = await drizzle(this.db).select({ n: sql<number>`count(*)` }).from(orders).where(where);
    return row.n;
  }

  // A count built in steps: the base chain is completed in each branch, and each completed query is what runs.
  async totalFor(status: string | null): Promise<number> {
    const base = drizzle(this.db).select({ n: sql<number>`count(*)` }).from(orders);
    if (status) {
      // expect: d1/unbounded-count contains: the filter does not pin one entity
      const [row] = await base.where(eq(orders.status, status));
      return row.n;
    }
    // expect: d1/unbounded-count contains: every row of `orders`
    const [all] = await base.limit(1);
    return all.n;
  }
}
