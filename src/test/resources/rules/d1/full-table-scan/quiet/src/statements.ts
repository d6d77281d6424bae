// The same statement-list helper written with for...in: every text its callers pass is planned, and these are
// all lookups by key.
export function statementsFor(db: D1Database, texts: string[], values: unknown[][]): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = [];
  for (const i in texts) {
    out.push(db.prepare(texts[i]).bind(...values[i]));
  }
  return out;
}
