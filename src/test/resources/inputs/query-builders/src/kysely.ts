import { Kysely } from "kysely";
import { D1Dialect } from "kysely-d1";

export const client = (database: D1Database) => new Kysely<Database>({ dialect: new D1Dialect({ database }) });

export async function recentOrders(db: D1Database, customer: string) {
  return client(db).selectFrom("orders as o").innerJoin("customers as c", "c.id", "o.customer_id")
    .select(["o.id", "c.email"]).where("c.email", "=", customer).orderBy("o.created_at", "desc").limit(20).execute();
}

export async function searchOrders(db: D1Database, q: string) {
  return client(db).selectFrom("orders").selectAll().where("note", "like", `%${q}%`).execute();
}

export async function closeOrder(db: D1Database, id: string) {
  await client(db).updateTable("orders").set({ status: "closed" }).where("id", "=", id).execute();
}
