export class InvoiceRepo {
  constructor(private readonly db: D1Database) {}

  async recent(customerId: string) {
    return (await this.db.prepare("SELECT id, amount, created_at FROM invoices WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20")
      .bind(customerId).all()).results;
  }

  async insertMany(lines: { id: string; amount: number }[]) {
    const stmts = lines.map((l) => this.db.prepare("INSERT INTO invoices (id, amount) VALUES (?, ?)").bind(l.id, l.amount));
    await this.db.batch(stmts);
  }
}
