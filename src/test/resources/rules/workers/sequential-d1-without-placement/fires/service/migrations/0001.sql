CREATE TABLE boards (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL);
CREATE INDEX idx_boards_owner ON boards (owner_id);
CREATE TABLE pins (id TEXT PRIMARY KEY, board_id TEXT NOT NULL);
CREATE INDEX idx_pins_board ON pins (board_id);
CREATE TABLE follows (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, since INTEGER);
CREATE INDEX idx_follows_owner ON follows (owner_id);
