export const Q = {
  bySlug: "SELECT id FROM links WHERE slug = ?",
  recent: `SELECT id FROM links ORDER BY id DESC LIMIT 5`,
} as const;

// Spreads that refer to each other must not send the analysis into a loop.
export const first: Record<string, string> = { ...second, a: "1" };
export const second: Record<string, string> = { ...first, b: "2" };
