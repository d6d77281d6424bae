CREATE TABLE links (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  target TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  clicks INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX idx_links_owner ON links (owner_id, created_at);
