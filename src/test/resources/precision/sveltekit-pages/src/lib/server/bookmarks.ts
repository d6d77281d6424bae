// A repository over the D1 binding, imported through SvelteKit's $lib alias (no tsconfig paths in the checkout).
export function bookmarksRepo(db: D1Database) {
  return {
    // expect: d1/select-star-without-limit
    everything: () => db.prepare("SELECT * FROM bookmarks").all(),
    bySlug: (slug: string) => db.prepare("SELECT * FROM bookmarks WHERE slug = ?").bind(slug).first(),
  };
}
