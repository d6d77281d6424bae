import { closeOrder, recentOrders, searchOrders } from "./kysely";
import { openOrders } from "./prisma";
import { byStatus } from "./qb";

export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const url = new URL(request.url);
    const customer = url.searchParams.get("customer") ?? "";
    const orders = await recentOrders(env.DB, customer);
    const found = await searchOrders(env.DB, url.searchParams.get("q") ?? "");
    await closeOrder(env.DB, "o1");
    const prisma = await openOrders(env, Number(url.searchParams.get("take") ?? 10));
    const qb = await byStatus(env, "open");
    return Response.json({ orders, found, prisma, qb });
  },
};
