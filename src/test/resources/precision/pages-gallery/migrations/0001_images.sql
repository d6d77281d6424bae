CREATE TABLE images (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  title TEXT NOT NULL,
  tags TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX idx_images_owner_created ON images (owner, created_at);
