// A tag that builds its statement from the template's strings: each caller's template is planned on its own.
export function sqlOn(db: D1Database) {
  return async (strings: TemplateStringsArray, ...values: unknown[]) => {
    const text = strings.raw.join("?");
    return (await db.prepare(text).bind(...values).all()).results;
  };
}
