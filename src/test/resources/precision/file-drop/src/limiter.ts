import { DurableObject } from "cloudflare:workers";

const WINDOW_MS = 60_000;
const MAX_PER_WINDOW = 30;

/** Per-drop download limiter: one window entry per client, expired by an alarm. */
export class DownloadLimiter extends DurableObject<Env> {
  async allow(client: string): Promise<boolean> {
    const key = `window:${client}`;
    const now = Date.now();
    const entry = await this.ctx.storage.get<{ count: number; expiresAt: number }>(key);
    const current = entry && entry.expiresAt > now ? entry : { count: 0, expiresAt: now + WINDOW_MS };
    current.count += 1;
    await this.ctx.storage.put(key, current);
    if ((await this.ctx.storage.getAlarm()) === null) {
      await this.ctx.storage.setAlarm(now + WINDOW_MS);
    }
    return current.count <= MAX_PER_WINDOW;
  }

  async alarm(): Promise<void> {
    const now = Date.now();
    const windows = await this.ctx.storage.list<{ expiresAt: number }>({ prefix: "window:" });
    const expired = [...windows].filter(([, w]) => w.expiresAt <= now).map(([key]) => key);
    await this.ctx.storage.delete(expired);
    if (windows.size > expired.length) {
      await this.ctx.storage.setAlarm(now + WINDOW_MS);
    }
  }
}
