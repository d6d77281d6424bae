import type { Env } from "../index";

export async function sendDigest(env: Env) {
  const { results } = await env.DB.prepare("SELECT id, email FROM customers WHERE digest = 1").all();
  // digest runs from cron: one message per customer, batched
  await env.EMAILS.sendBatch(results.map((r) => ({ body: { to: String(r.email), subject: "Your digest" } })));
  await env.FLAGS.put("last-digest", new Date().toISOString());
}
