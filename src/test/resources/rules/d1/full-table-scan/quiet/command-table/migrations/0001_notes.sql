CREATE TABLE notes (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, body TEXT NOT NULL);
-- the bot lists one owner's notes on every command
CREATE INDEX notes_by_owner ON notes (owner, id);
