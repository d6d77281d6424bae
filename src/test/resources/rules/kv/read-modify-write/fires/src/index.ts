import { Hono } from "hono";
import { NoteStore } from "./store";

const app = new Hono<{ Bindings: Env }>();

app.post("/notes/:user", async (c) => {
  const notes = await new NoteStore(c.env, c.req.param("user")).add(await c.req.text());
  return c.json(notes);
});

// A view counter per shared link: every view reads the record and writes it back.
app.get("/s/:id", async (c) => {
  const id = c.req.param("id");
  let record = await c.env.NOTES.getWithMetadata<{ views: number }>(id);
  if (!record.metadata) {
    record = { value: "", metadata: { views: 0 }, cacheStatus: null };
    // expect: kv/read-modify-write contains: (key id)
    await c.env.NOTES.put(id, "", { metadata: record.metadata });
  }
  record.metadata!.views += 1;
  // quiet: the same read written back a second time is one problem, reported once
  await c.env.NOTES.put(id, record.value ?? "", { metadata: record.metadata });
  return c.text(record.value ?? "");
});

export default app;
