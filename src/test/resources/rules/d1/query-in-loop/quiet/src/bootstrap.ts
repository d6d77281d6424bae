// The app's own migrations, run on the first request of each isolate: tables and indexes created if missing, a column
// added, one backfill. The loop runs once per statement written here, whatever the data: setup, not an N+1.
type Env = { DB: D1Database };

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS audit_events (id TEXT PRIMARY KEY, actor TEXT NOT NULL, at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_audit_events_actor ON audit_events(actor, at)",
  "CREATE TABLE IF NOT EXISTS api_tokens (id TEXT PRIMARY KEY, owner TEXT NOT NULL, " +
    "hash TEXT NOT NULL)",
  "CREATE UNIQUE INDEX IF NOT EXISTS idx_api_tokens_hash ON api_tokens(hash)",
  "CREATE TABLE IF NOT EXISTS webhooks (id TEXT PRIMARY KEY, owner TEXT NOT NULL, url TEXT NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_webhooks_owner ON webhooks(owner)",
  "CREATE TABLE IF NOT EXISTS invites (code TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS idx_invites_expires ON invites(expires_at)",
  "ALTER TABLE webhooks ADD COLUMN secret TEXT",
  "ALTER TABLE api_tokens ADD COLUMN last_used_at INTEGER",
  "ALTER TABLE invites ADD COLUMN created_by TEXT",
  "UPDATE invites SET created_by = 'system' WHERE created_by IS NULL",
];

let ready = false;

async function applyStatement(env: Env, sql: string) {
  try {
    await env.DB.prepare(sql).run();
  } catch {
    // already exists / duplicate column: applied by an earlier isolate
  }
}

export async function ensureSchema(env: Env) {
  if (ready) return;
  // quiet: a loop over the migrations written above (once per statement of the code)
  for (const sql of SCHEMA) {
    await applyStatement(env, sql);
  }
  ready = true;
}
