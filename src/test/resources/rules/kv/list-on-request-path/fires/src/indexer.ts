import { DurableObject } from "cloudflare:workers";

interface Env {
  NOTES: KVNamespace;
}

/** Serves the note index to every caller of its stub. */
export class Indexer extends DurableObject<Env> {
  // a public method is an RPC method: any caller of the stub runs a listing
  async names(): Promise<string[]> {
    return this.collect();
  }

  private async collect(): Promise<string[]> {
    // expect: kv/list-on-request-path
    const { keys } = await this.env.NOTES.list({ prefix: "note:" });
    return keys.map((k) => k.name);
  }
}
