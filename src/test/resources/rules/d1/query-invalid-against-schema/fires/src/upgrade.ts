// Schema upgrades the app runs itself at start-up: a column added to orders, none to customers.
const UPGRADES = ["ALTER TABLE orders ADD COLUMN phone TEXT"];

export async function upgradeSchema(db: D1Database): Promise<void> {
  for (const sql of UPGRADES) {
    await db.prepare(sql).run().catch(() => undefined);
  }
}
