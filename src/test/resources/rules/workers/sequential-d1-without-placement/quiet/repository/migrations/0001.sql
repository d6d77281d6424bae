CREATE TABLE readers (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE shelves (id TEXT PRIMARY KEY, reader_id TEXT NOT NULL, title TEXT);
CREATE INDEX shelves_reader ON shelves(reader_id);
CREATE TABLE notes (id TEXT PRIMARY KEY, reader_id TEXT NOT NULL, body TEXT);
CREATE INDEX notes_reader ON notes(reader_id);
