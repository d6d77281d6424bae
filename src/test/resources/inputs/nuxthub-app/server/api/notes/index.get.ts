export default defineEventHandler(async (event) => {
  const query = getQuery(event);
  const filters = [eq(tables.notes.visibility, "public")];
  if (query.q) {
    filters.push(like(tables.notes.title, `%${query.q}%`));
  }
  return useDrizzle().query.notes.findMany({
    where: and(...filters),
    limit: Number(query.limit ?? 20),
    with: { tags: true },
  });
});
