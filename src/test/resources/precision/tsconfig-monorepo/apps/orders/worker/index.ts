import { loadLines } from "@/lines";
import { priceOf } from "@catalog/prices";

export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const orderId = new URL(request.url).searchParams.get("order") ?? "";
    const lines = await loadLines(env.DB, orderId);
    const priced = await priceOf(env.DB, lines.map((l) => l.sku));
    return Response.json({ lines, priced });
  },
};
