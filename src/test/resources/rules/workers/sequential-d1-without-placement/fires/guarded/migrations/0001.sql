CREATE TABLE orders (id TEXT PRIMARY KEY, customer TEXT NOT NULL);
CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, sku TEXT NOT NULL);
CREATE INDEX idx_items_order ON order_items (order_id);
CREATE TABLE payments (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, amount INTEGER NOT NULL);
CREATE INDEX idx_payments_order ON payments (order_id);
