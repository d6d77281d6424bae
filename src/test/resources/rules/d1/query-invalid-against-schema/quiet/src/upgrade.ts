// Schema upgrades the app runs itself at start-up: each column is added once, later runs fail with "duplicate column"
// and go on. Queries may name these columns although no migration file adds them.
const UPGRADES = [
  "ALTER TABLE customers ADD COLUMN nickname TEXT",
  "ALTER TABLE orders ADD note TEXT",
];

export async function upgradeSchema(db: D1Database): Promise<void> {
  for (const sql of UPGRADES) {
    try {
      await db.prepare(sql).run();
    } catch {
      // already upgraded
    }
  }
}
