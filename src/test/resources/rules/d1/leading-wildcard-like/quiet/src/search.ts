import { drizzle } from "drizzle-orm/d1";
import { like, sql } from "drizzle-orm";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";

export const customers = sqliteTable("customers", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
});

export async function byEmailPrefix(db: D1Database, q: string) {
  return drizzle(db).select({ id: customers.id }).from(customers).where(like(customers.email, `${q}%`)).limit(20);  // quiet: a prefix match, no leading wildcard
}

export async function byEmailStart(db: D1Database, q: string) {
  const match = sql`${customers.email} LIKE ${q + "%"}`; // quiet: a concatenated prefix pattern, the wildcard is last
  return drizzle(db).select({ id: customers.id }).from(customers).where(match).limit(20);
}
