import { Hono } from "hono";
import type { Env } from "../index";

export const uploads = new Hono<{ Bindings: Env }>();

uploads.put("/:name", async (c) => {
  const key = `u/${c.req.param("name")}`;
  await c.env.UPLOADS.put(key, c.req.raw.body);
  return c.json({ key });
});

uploads.get("/:name/preview", async (c) => {
  const object = await c.env.UPLOADS.get(`u/${c.req.param("name")}`);
  if (!object) return c.notFound();
  // TP: whole object buffered to make a text preview
  // expect: r2/buffered-body
  const text = await object.text();
  return c.text(text.slice(0, 500));
});

uploads.get("/", async (c) => {
  let cursor: string | undefined;
  const keys: string[] = [];
  do {
    // TP (marked when r2/list-on-request-path was added): the whole bucket is paged per request
    // expect: r2/list-on-request-path
    const page = await c.env.UPLOADS.list({ prefix: "u/", cursor });
    keys.push(...page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return c.json(keys);
});
