CREATE TABLE devices (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, last_seen INTEGER);
CREATE TABLE rollups (tenant TEXT NOT NULL, day TEXT NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (tenant, day));
