CREATE TABLE apps (id TEXT PRIMARY KEY, title TEXT NOT NULL, user_id TEXT NOT NULL, visibility TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX apps_user_idx ON apps (user_id);
