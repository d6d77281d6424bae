CREATE TABLE threads (id TEXT PRIMARY KEY, board TEXT NOT NULL, title TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX threads_board_created_idx ON threads (board, created_at);
CREATE TABLE replies (id TEXT PRIMARY KEY, thread_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX replies_thread_idx ON replies (thread_id);
