import { D1QB } from "workers-qb";

export async function byStatus(env: { DB: D1Database }, status: string) {
  const qb = new D1QB(env.DB);
  const page = await qb.fetchAll({ tableName: "orders", fields: ["id", "total"], where: { conditions: "status = ?1", params: [status] },
    orderBy: { created_at: "DESC" }, limit: 50 }).execute();
  const first = await qb.fetchOne({ tableName: "customers", fields: "*", where: { conditions: ["country = ?1", "email = ?2"], params: ["DE", "x"] } }).execute();
  const fluent = await qb.select("orders").where("customer_id = ?", "c1").orderBy("created_at DESC").all();
  await qb.delete({ tableName: "orders", where: { conditions: "status = ?1", params: ["void"] } }).execute();
  return { page, first, fluent };
}
