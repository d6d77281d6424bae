import { upgradeSchema } from "./upgrade";
import { Customer, Order } from "./models";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const customer = await Customer.byId(env.DB, "c1");
    const order = await Order.byId(env.DB, "o1");
    const a = await env.DB.prepare("SELECT id, email FROM customers WHERE id = ?").bind("c1").first();
    // quiet: a table the code creates itself at run time
    await env.DB.prepare("CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, hits INTEGER NOT NULL)").run();
    const hits = await env.DB.prepare("SELECT hits FROM rate_limits WHERE key = ?").bind("ip").first();
    const v = await env.DB.prepare("SELECT id FROM open_orders WHERE customer_id = ?").bind("c1").all();  // quiet: a view the migrations create
    const n = await env.DB.prepare("SELECT count(*) AS n FROM audit WHERE msg LIKE ? || '%'").bind("order").first();
    // quiet: the table name is interpolated at run time: not checked against the schema
    const t = "orders";
    const dyn = await env.DB.prepare(`SELECT id FROM ${t.toUpperCase()} WHERE id = ?`).bind("o1").first();
    await upgradeSchema(env.DB);
    // quiet: columns the code's own ALTER TABLE ... ADD adds after the migrations
    const nick = await env.DB.prepare("SELECT nickname FROM customers WHERE id = ?").bind("c1").first();
    const note = await env.DB.prepare("SELECT note FROM orders WHERE id = ?").bind("o1").first();
    // quiet: a column an upgrade adds after a comment, to a quoted table name (SQLite reads past both)
    const shipped = await env.DB.prepare("SELECT shipped_at FROM orders WHERE id = ?").bind("o1").first();
    return Response.json({ a, v, n, dyn, hits, nick, note, shipped });
  },
} satisfies ExportedHandler<Env>;
