CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, notes TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total INTEGER);
