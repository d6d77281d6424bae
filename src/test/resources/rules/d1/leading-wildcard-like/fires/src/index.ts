import { searchByEmail, searchCustomers, searchNames } from "./search";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const q = new URL(request.url).searchParams.get("q") ?? "";
    // expect: d1/leading-wildcard-like
    const hits = await env.DB.prepare("SELECT id FROM customers WHERE name LIKE '%' || ? || '%' LIMIT 20").bind(q).all();
    const named = await searchCustomers(env.DB, "DE", q);
    const mailed = await searchByEmail(env.DB, q);
    const names = await searchNames(env.DB, q);
    return Response.json({ hits, named, mailed, names });
  },
} satisfies ExportedHandler<Env>;
