import { Hono } from "hono";
import type { Env } from "../index";
import { InvoiceRepo } from "../lib/repo";

export const invoices = new Hono<{ Bindings: Env }>();

invoices.get("/", async (c) => {
  const repo = new InvoiceRepo(c.env.DB);
  return c.json(await repo.recent(c.req.query("customer") ?? ""));
});

invoices.post("/bulk", async (c) => {
  const lines = await c.req.json<{ id: string; amount: number }[]>();
  const repo = new InvoiceRepo(c.env.DB);
  await repo.insertMany(lines);
  // TP: one message per invoice instead of sendBatch
  for (const line of lines) {
    // expect: queues/send-in-loop
    await c.env.EMAILS.send({ to: "billing@example.com", subject: `Invoice ${line.id}` });
  }
  return c.text("ok");
});

invoices.get("/:id/pdf", async (c) => {
  const object = await c.env.UPLOADS.get(`invoices/${c.req.param("id")}.pdf`);
  if (!object) return c.notFound();
  return new Response(object.body, { headers: { "content-type": "application/pdf" } });
});
