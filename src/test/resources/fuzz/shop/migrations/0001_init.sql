-- The valid schema the fuzz tests mutate.
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',
  created_at INTEGER NOT NULL
);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, order_id INTEGER, note TEXT);
CREATE INDEX orders_customer ON orders (customer);
CREATE TRIGGER orders_audit AFTER UPDATE ON orders BEGIN
  INSERT INTO audit_log (order_id, note) VALUES (NEW.id, CASE WHEN NEW.status = 'sent' THEN 'sent' ELSE 'changed' END);
END;
INSERT INTO orders (customer, status, created_at) VALUES ('a', 'new', 1), ('b', 'sent', 2);
