import { DurableObject } from "cloudflare:workers";

// One channel: subscribers are stored in its storage, one key each, and the alarm notifies every one of them.
export class Notifier extends DurableObject<Env> {
  async subscribe(url: string) {
    await this.ctx.storage.put(`sub:${url}`, url);
    await this.ctx.storage.setAlarm(Date.now() + 60_000);
  }

  async alarm() {
    const subscribers = await this.ctx.storage.list<string>({ prefix: "sub:" });
    for (const url of subscribers.values()) {
      // expect: workers/subrequests-in-loop contains: on an alarm path
      await fetch(url, { method: "POST", signal: AbortSignal.timeout(5000) });
    }
  }
}
