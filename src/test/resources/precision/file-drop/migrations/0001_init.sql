CREATE TABLE drops (id TEXT PRIMARY KEY, owner TEXT NOT NULL, object_key TEXT NOT NULL, size INTEGER NOT NULL, downloads INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);
CREATE INDEX drops_owner ON drops (owner, created_at);
CREATE TABLE download_log (id INTEGER PRIMARY KEY, drop_id TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX download_log_at ON download_log (at);
