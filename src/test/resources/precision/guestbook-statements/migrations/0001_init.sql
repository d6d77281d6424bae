-- entries are keyed by page and time; the public id handed to clients has no index of its own
CREATE TABLE entries (
  public_id TEXT NOT NULL,
  page TEXT NOT NULL,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  created INTEGER NOT NULL,
  PRIMARY KEY (page, created)
);
