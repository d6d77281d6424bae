import { drizzle } from "drizzle-orm/d1";
import { and, eq, like, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { Kysely } from "kysely";
import { D1Dialect } from "kysely-d1";

export const customers = sqliteTable("customers", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  country: text("country"),
});

export async function searchCustomers(db: D1Database, country: string, q?: string) {
  const filters = [eq(customers.country, country)];
  if (q) {
    // an optional filter, pushed only when the caller searches: reported where it is written
    // expect: d1/leading-wildcard-like
    filters.push(like(customers.name, `%${q}%`));
  }
  return drizzle(db).select({ id: customers.id }).from(customers).where(and(...filters)).limit(20);
}

export async function searchByEmail(db: D1Database, q: string) {
  const kysely = new Kysely<any>({ dialect: new D1Dialect({ database: db }) });
  // expect: d1/leading-wildcard-like
  return kysely.selectFrom("customers").select(["id"]).where("email", "like", `%${q}`).limit(20).execute();
}

// A sql fragment bound to a pattern built by concatenation: the leading "%" is the first operand.
export async function searchNames(db: D1Database, q: string) {
  // expect: d1/leading-wildcard-like
  const match = sql`lower(${customers.name}) LIKE ${"%" + q.toLowerCase() + "%"}`;
  return drizzle(db).select({ id: customers.id }).from(customers).where(match).limit(20);
}
