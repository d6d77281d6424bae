// a static method reading its own class's static field: no subclass names another table, so the text is known
export class Invoice {
  static table = "invoices";

  static async byNumber(db: D1Database, number: string) {
    // expect: d1/query-invalid-against-schema contains: no such table: invoices
    return db.prepare(`SELECT id FROM ${this.table} WHERE number = ?`).bind(number).first();
  }
}
