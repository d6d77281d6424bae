CREATE TABLE products (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, title TEXT NOT NULL);
CREATE INDEX products_owner_idx ON products (owner_id);
-- one row per page view: the viewer's hash, so a count of distinct viewers cannot be inflated
CREATE TABLE product_views (id TEXT PRIMARY KEY, product_id TEXT NOT NULL, viewer_hash TEXT NOT NULL, viewed_at INTEGER NOT NULL);
CREATE INDEX product_views_product_idx ON product_views (product_id, viewer_hash);
-- one row per user who likes a product, removed when they unlike it
CREATE TABLE likes (product_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (product_id, user_id));
