// Shared query helpers for every Worker in the monorepo.
export async function findOrder(db: D1Database, reference: string) {
  return db.prepare("SELECT id, total FROM orders WHERE reference = ?").bind(reference).first();
}
