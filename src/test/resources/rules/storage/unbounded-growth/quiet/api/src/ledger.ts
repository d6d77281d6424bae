import { DurableObject } from "cloudflare:workers";

const KEEP = 200;

// The same one-key-per-event shape, but the object trims itself: once more than KEEP events are stored the oldest
// keys are deleted, so an object never holds more than KEEP of them.
export class Ledger extends DurableObject<Env> {
  async record(kind: string): Promise<number> {
    const at = Date.now();
    this.ctx.storage.kv.put(`event:${at}`, { kind, at }); // quiet: trim() deletes the oldest keys
    this.trim();
    return at;
  }

  private trim() {
    const keys = [...this.ctx.storage.kv.list({ prefix: "event:" })].map(([key]) => key);
    for (const key of keys.slice(0, Math.max(0, keys.length - KEEP))) {
      this.ctx.storage.kv.delete(key);
    }
  }
}

// One key per visitor, overwritten by that visitor's next visit: it grows with visitors, not with calls.
export class LastSeen extends DurableObject<Env> {
  async touch(visitor: string) {
    await this.ctx.storage.put(`seen:${visitor}`, Date.now()); // quiet: a key per visitor, not per call
  }
}
