import { DurableObject } from "cloudflare:workers";

type Delivery = { id: string; url: string; attempts: number; dueAt: number };

// Delivers webhooks for one account; the deliveries that failed wait in memory for the alarm to retry them.
export class Outbox extends DurableObject<Env> {
  #failed = new Map<string, Delivery>();
  #leases = new Map<string, string>();

  async deliver(delivery: Delivery): Promise<boolean> {
    const host = this.#leases.get(delivery.id);
    if (host && !(await this.#alive(host))) this.#leases.delete(delivery.id);
    return this.#attempt(delivery);
  }

  async alarm() {
    const now = Date.now();
    const next = Array.from(this.#failed.values())
      .filter((d) => d.dueAt > now)
      .sort((a, b) => a.dueAt - b.dueAt)[0];
    const due = Array.from(this.#failed.values()).filter((d) => d.dueAt <= now);
    const retries = next ? [next, ...due] : due;
    // quiet: the alarm retries the deliveries this object keeps (a copy of its own field), not input that grows
    for (const d of retries) {
      await this.#attempt(d);
    }
    // quiet: checks each lease the object holds; the helper also runs once for a request, outside any loop
    for (const [id, host] of [...this.#leases]) {
      if (!(await this.#alive(host))) this.#leases.delete(id);
    }
  }

  async #alive(host: string): Promise<boolean> {
    const res = await fetch(`https://${host}/health`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  }

  async #attempt(d: Delivery): Promise<boolean> {
    const res = await fetch(d.url, { method: "POST", signal: AbortSignal.timeout(5000) });
    if (res.ok) {
      this.#failed.delete(d.id);
    } else {
      this.#failed.set(d.id, { ...d, attempts: d.attempts + 1, dueAt: Date.now() + 2 ** d.attempts * 1000 });
      await this.ctx.storage.setAlarm(Date.now() + 1000);
    }
    return res.ok;
  }
}
