import { upgradeSchema } from "./upgrade";
import { Invoice } from "./models";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const invoice = await Invoice.byNumber(env.DB, "2026-001");
    // expect: d1/query-invalid-against-schema contains: no such table: invoices
    const a = await env.DB.prepare("SELECT id FROM invoices WHERE id = ?").bind("i1").first();
    // expect: d1/query-invalid-against-schema
    const b = await env.DB.prepare("SELECT id, phone FROM customers WHERE id = ?").bind("c1").first();
    await upgradeSchema(env.DB);
    // the code adds phone to orders, not to customers
    // expect: d1/query-invalid-against-schema contains: no such column: phone
    const c = await env.DB.prepare("SELECT phone FROM customers WHERE id = ?").bind("c1").first();
    return Response.json({ a, b, c });
  },
} satisfies ExportedHandler<Env>;
