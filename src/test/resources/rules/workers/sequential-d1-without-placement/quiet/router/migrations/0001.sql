CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE projects (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX idx_projects_account ON projects (account_id);
CREATE TABLE invoices (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, total INTEGER NOT NULL);
CREATE INDEX idx_invoices_account ON invoices (account_id);
