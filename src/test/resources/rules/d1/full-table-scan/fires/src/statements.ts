// A statement-list helper: callers hand it SQL texts with their values, it prepares each one by index and the
// caller sends them together with batch(). Each text is a query of its own, planned where the caller wrote it.
export function statementsFor(db: D1Database, texts: string[], values: unknown[][]): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < texts.length; i++) {
    out.push(db.prepare(texts[i]).bind(...values[i]));
  }
  return out;
}
