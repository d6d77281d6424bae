import { DurableObject } from "cloudflare:workers";

// a schedule table: rows are added per request and deleted by the alarm once they have run
export class Reminders extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS reminders (id TEXT PRIMARY KEY, due INTEGER, note TEXT)");
    const due = Date.now() + 60_000;
    // quiet: the alarm below deletes each row once it is due
    this.ctx.storage.sql.exec("INSERT INTO reminders (id, due, note) VALUES (?, ?, ?)", crypto.randomUUID(), due, await request.text());
    await this.ctx.storage.setAlarm(due);
    return new Response("scheduled", { status: 202 });
  }

  async alarm(): Promise<void> {
    const rows = this.ctx.storage.sql.exec<{ id: string; note: string }>("SELECT id, note FROM reminders WHERE due <= ?", Date.now()).toArray();
    for (const row of rows) {
      console.log("reminder", row.note);
      this.ctx.storage.sql.exec("DELETE FROM reminders WHERE id = ?", row.id);
    }
  }
}
