CREATE TABLE recipes (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, title TEXT NOT NULL);
CREATE TABLE recipe_visits (id TEXT PRIMARY KEY, recipe_id TEXT NOT NULL, visitor TEXT NOT NULL, seen_at INTEGER NOT NULL);
CREATE INDEX recipe_visits_recipe_idx ON recipe_visits (recipe_id);
