// A chat bot: one webhook route, the command to run picked from a table of command records.
import { Hono } from "hono";
import runCommand from "./dispatch";
import { NotesStore } from "./data/notes-store";
import { addNote } from "./commands/add";
import { listNotes } from "./commands/list";

const app = new Hono<{ Bindings: { NOTES_DB: D1Database } }>();

app.post("/webhook", async (c) => {
  const update = await c.req.json();
  const stores = { notes: new NotesStore(c.env.NOTES_DB) };
  return c.json(await runCommand({ update, stores, commands: [addNote, listNotes] }));
});

export default app;
