CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  summary TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX idx_projects_owner ON projects(owner_id);
