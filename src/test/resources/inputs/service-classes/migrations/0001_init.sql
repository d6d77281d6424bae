CREATE TABLE sites (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, hostname TEXT NOT NULL, plan TEXT NOT NULL);
CREATE INDEX sites_owner ON sites (owner_id);
