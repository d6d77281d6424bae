import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();

app.get("/feed", async (c) => {
  const res = await fetch("https://example.com/feed.json");
  return c.json(await res.json());
});

export default {
  fetch: app.fetch,
  // fan-out in a queue consumer is where it belongs
  async queue(batch: MessageBatch<{ url: string }>, env: Env) {
    for (const m of batch.messages) {
      await fetch(m.body.url);
    }
  },
};
