import { DurableObject } from "cloudflare:workers";

interface Env {
  NOTES: KVNamespace;
}

/** Rebuilds the note index on its alarm; callers only read the stored result. */
export class Indexer extends DurableObject<Env> {
  async alarm(): Promise<void> {
    await this.rebuild();
    await this.ctx.storage.setAlarm(Date.now() + 3_600_000);
  }

  async latest(): Promise<string[]> {
    return (await this.ctx.storage.get<string[]>("names")) ?? [];
  }

  // quiet: a TypeScript-private method is not an RPC method: only the alarm above runs it
  private async rebuild(): Promise<void> {
    const { keys } = await this.env.NOTES.list({ prefix: "note:" });
    await this.ctx.storage.put("names", keys.map((k) => k.name));
  }

  // quiet: a #private method, run only by the alarm's own code as well
  async #prune(): Promise<void> {
    const { keys } = await this.env.NOTES.list({ prefix: "draft:" });
    await Promise.all(keys.map((k) => this.env.NOTES.delete(k.name)));
  }

  // quiet: a static method lives on the class, not on the object a stub calls
  static async countDrafts(env: Env): Promise<number> {
    const { keys } = await env.NOTES.list({ prefix: "draft:" });
    return keys.length;
  }
}
