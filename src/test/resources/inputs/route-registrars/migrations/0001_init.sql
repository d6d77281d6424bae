CREATE TABLE notes (id TEXT PRIMARY KEY, owner TEXT NOT NULL, body TEXT, created_at INTEGER);
