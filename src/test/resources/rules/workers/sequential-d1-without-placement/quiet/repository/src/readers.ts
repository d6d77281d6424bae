/** Each method hands back the query's promise; the caller decides when to wait for it. */
export class Readers {
  constructor(private readonly db: D1Database) {}

  byId(id: string) {
    return this.db.prepare("SELECT id, name FROM readers WHERE id = ?").bind(id).first();
  }

  shelves(id: string) {
    return this.db.prepare("SELECT id, title FROM shelves WHERE reader_id = ? LIMIT 50").bind(id).all();
  }

  notes = (id: string) => this.db.prepare("SELECT id, body FROM notes WHERE reader_id = ? LIMIT 50").bind(id).all();
}
