export function recipeStore(db: D1Database) {
  return {
    // expect: d1/select-star-without-limit
    all: () => db.prepare("SELECT * FROM recipes").all(),
    rate: (id: string, stars: number) => db.prepare("UPDATE recipes SET stars = stars + ? WHERE id = ?").bind(stars, id).run(),
  };
}
