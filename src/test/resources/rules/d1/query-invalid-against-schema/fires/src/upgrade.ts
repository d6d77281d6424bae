// Schema upgrades the app runs itself at start-up, each through a helper: a column added to orders, none to customers.
const UPGRADES = ["ALTER TABLE orders ADD COLUMN phone TEXT"];

async function applyOnce(db: D1Database, statement: string): Promise<void> {
  await db.prepare(statement).run().catch(() => undefined);
}

export async function upgradeSchema(db: D1Database): Promise<void> {
  for (const sql of UPGRADES) {
    await applyOnce(db, sql);
  }
}
