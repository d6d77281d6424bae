import { DurableObject } from "cloudflare:workers";

// A kanban board: every query goes through one helper, which runs each text only for the callers that pass it.
export class Boards extends DurableObject {
  q(query: string, ...params: (string | number)[]) {
    return this.ctx.storage.sql.exec(query, ...params);
  }

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    this.q("CREATE TABLE IF NOT EXISTS cards (id TEXT PRIMARY KEY, lane TEXT NOT NULL, archived_at INTEGER)");
  }

  async lane(name: string) {
    // expect: durable-objects/sql-full-table-scan
    return this.q("SELECT id FROM cards WHERE lane = ?", name).toArray();
  }

  async alarm() {
    // the sweep is the alarm's job, but sweepNow (an RPC method any caller of the stub runs) passes the same text
    // expect: durable-objects/sql-full-table-scan
    this.q("DELETE FROM cards WHERE archived_at < ?", Date.now());
  }

  async sweepNow() {
    this.q("DELETE FROM cards WHERE archived_at < ?", Date.now());
  }
}
