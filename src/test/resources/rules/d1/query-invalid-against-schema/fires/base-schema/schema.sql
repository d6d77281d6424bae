-- The base schema, applied once to a new database; later changes are the additive files in migrations/.
DROP TABLE IF EXISTS members;
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
