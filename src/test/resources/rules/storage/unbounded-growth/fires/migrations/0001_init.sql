CREATE TABLE login_attempts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, ip TEXT, attempted_at INTEGER NOT NULL);
CREATE TABLE delivery_log (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, delivered_at INTEGER NOT NULL);
