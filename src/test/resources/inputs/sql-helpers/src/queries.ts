export const REPORT_QUERIES = {
  byPlan: "SELECT id FROM users WHERE plan = ?",
  byStatus: "SELECT id FROM orders WHERE status = ?",
};

export const COUNTED_TABLES = ["users", "orders"] as const;

const CLEANUP = ["DELETE FROM orders WHERE status = ?", "DELETE FROM users WHERE plan = ?"];

export async function runEach(db: D1Database, statements: string[], value: string) {
  for (const sql of statements) {
    await db.prepare(sql).bind(value).run();
  }
}

export async function cleanup(db: D1Database) {
  await runEach(db, CLEANUP, "void");
}
