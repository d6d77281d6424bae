// Schema upgrades the app runs itself at start-up, through a helper that ignores "already exists" and "duplicate
// column": a long list (tables, indexes, added columns and a backfill), kept in sync with the migrations by hand.
// Queries may name the columns added here although no migration file adds them.
const UPGRADES = [
  "CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_sessions_owner ON sessions(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS api_keys (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_api_keys_owner ON api_keys(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS webhooks (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_webhooks_owner ON webhooks(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS invites (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_invites_owner ON invites(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS exports (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_exports_owner ON exports(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS imports (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_imports_owner ON imports(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS tags (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_tags_owner ON tags(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_notes_owner ON notes(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS reminders (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_reminders_owner ON reminders(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS labels (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_labels_owner ON labels(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS attachments (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_attachments_owner ON attachments(owner_id, created_at)",
  "CREATE TABLE IF NOT EXISTS comments (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_comments_owner ON comments(owner_id, created_at)",
  "ALTER TABLE customers ADD COLUMN nickname TEXT",
  "ALTER TABLE orders ADD note TEXT",
  "-- v3: shipping dates\nALTER TABLE \"orders\" ADD COLUMN shipped_at INTEGER",
  "UPDATE orders SET note = '' WHERE note IS NULL",
];

async function applyOnce(db: D1Database, statement: string): Promise<void> {
  try {
    await db.prepare(statement).run();
  } catch {
    // already applied
  }
}

export async function upgradeSchema(db: D1Database): Promise<void> {
  for (const sql of UPGRADES) {
    await applyOnce(db, sql);
  }
}
