CREATE TABLE notes (id TEXT PRIMARY KEY, owner TEXT NOT NULL, body TEXT NOT NULL, tag TEXT, created_at INTEGER NOT NULL);
CREATE INDEX notes_owner ON notes (owner, created_at);
