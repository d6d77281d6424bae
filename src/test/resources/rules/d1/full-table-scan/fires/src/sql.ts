// A query helper used as a tagged template: sqlOn(env.DB) returns a tag that turns the template's
// strings into one statement with a "?" per interpolation and binds the interpolated values.
export function sqlOn(db: D1Database) {
  return async (strings: TemplateStringsArray, ...values: unknown[]) => {
    const { results } = await db.prepare(strings.join("?")).bind(...values).all();
    return results;
  };
}
