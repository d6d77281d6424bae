// Prepared statements built on first use and kept on the instance: reading a getter runs its code.
export class Statements {
  constructor(db) {
    this.db = db;
  }

  get pageEntries() {
    return this._pageEntries ?? (this._pageEntries = this.db.prepare(`
      SELECT author, body, created FROM entries
      WHERE page = ?1 AND hidden = 0
      ORDER BY created DESC
      LIMIT 50
    `.trim()));
  }

  get entryById() {
    return this._entryById ?? (this._entryById =
      // expect: d1/full-table-scan
      this.db.prepare(`SELECT author, body FROM entries WHERE public_id = ?1`.trim()));
  }

  // The insert is written in steps: its columns come from the entry it is given, so no one text of it is planned.
  insert(entry) {
    let sql = `INSERT INTO entries`;
    const columns = Object.keys(entry);
    // quiet: the statement is reassigned before it is prepared (not the incomplete first text)
    sql = `${sql} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
    return this.db.prepare(sql).bind(...Object.values(entry));
  }
}
