import { Server } from "partyserver";

// A shared to-do list per room. Every query goes through one helper that also re-arms the purge alarm after writes.
export class Lists extends Server {
  run(query: string, ...params: (string | number | null)[]) {
    if (!query.startsWith("SELECT")) {
      this.ctx.storage.setAlarm(Date.now() + 86_400_000);
    }
    return this.ctx.storage.sql.exec(query, ...params);
  }

  onStart() {
    this.run("CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, text TEXT NOT NULL, removed_at INTEGER)");
  }

  async onRequest(request: Request) {
    const { id, text } = await request.json<{ id: string; text: string }>();
    return Response.json(this.run("INSERT INTO items (id, text) VALUES (?, ?) RETURNING *", id, text).toArray());
  }

  onAlarm() {
    // quiet: the purge runs only from the object's alarm (the helper hands this text to no request path)
    this.run("DELETE FROM items WHERE removed_at < ?", Date.now() - 30 * 86_400_000);
  }
}
