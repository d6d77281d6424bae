import { Hono } from "hono";
import { withUser } from "../adapter";
import { listNotes, createNote } from "../handlers/notes";

export function setupNoteRoutes(app: Hono) {
  // a sub-router built inside the function, mounted under /api/notes
  const notes = new Hono();
  notes.get("/", withUser(listNotes));
  notes.post("/", withUser(createNote));
  app.route("/api/notes", notes);
}
