-- schema with a composite index, a partial index, an expression index, a view, a trigger and FTS5
CREATE TABLE customers (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  country TEXT
);
CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  status TEXT NOT NULL,
  total INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX idx_orders_customer_created ON orders (customer_id, created_at);
CREATE INDEX idx_orders_open ON orders (created_at) WHERE status = 'open';
CREATE INDEX idx_customers_lower_email ON customers (lower(email));
CREATE VIEW open_orders AS SELECT * FROM orders WHERE status = 'open';
CREATE TABLE audit (id INTEGER PRIMARY KEY, msg TEXT);
CREATE TRIGGER orders_audit AFTER INSERT ON orders BEGIN
  INSERT INTO audit (msg) VALUES ('order ' || NEW.id || '; created');
END;
CREATE VIRTUAL TABLE products_fts USING fts5(title, body);
PRAGMA defer_foreign_keys = on;
-- a small lookup table seeded here and never written by the code
CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL);
INSERT INTO countries (code, name, region) VALUES ('DE', 'Germany', 'EU'), ('FR', 'France', 'EU'), ('US', 'United States', 'NA');
-- a gallery whose public listing shows a total: the visibility index finds the public rows, and the count reads each one
CREATE TABLE posts (id TEXT PRIMARY KEY, owner_id TEXT, visibility TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX posts_visibility_idx ON posts (visibility, created_at);
