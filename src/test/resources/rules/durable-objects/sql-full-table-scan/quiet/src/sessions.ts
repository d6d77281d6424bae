import { DurableObject } from "cloudflare:workers";

// Sessions of one user; expired ones are swept by the alarm, a background job at the object's own cadence.
export class Sessions extends DurableObject {
  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)");
  }

  async open(token: string) {
    this.ctx.storage.sql.exec("INSERT INTO sessions (token, expires_at) VALUES (?, ?)", token, Date.now() + 3_600_000);
    await this.ctx.storage.setAlarm(Date.now() + 3_600_000);
  }

  async alarm() {
    this.ctx.storage.sql.exec("DELETE FROM sessions WHERE expires_at < ?", Date.now());  // quiet: a sweep only the alarm runs
  }
}
