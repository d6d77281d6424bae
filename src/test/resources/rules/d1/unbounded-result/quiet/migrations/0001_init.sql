CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  owner_id TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX idx_products_owner ON products (owner_id);
CREATE INDEX idx_products_status_created ON products (status, created_at);
-- a lookup table seeded here and never written by the code
CREATE TABLE currencies (code TEXT PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO currencies (code, name) VALUES ('EUR', 'Euro'), ('USD', 'US dollar');
