// The public gallery: every visitor, no login.
export default defineEventHandler(async (event) => {
  const query = getQuery(event);
  const filters = [eq(tables.photos.status, "published")];
  if (query.search) {
    // expect: d1/leading-wildcard-like
    filters.push(like(tables.photos.title, `%${query.search}%`));
  }
  const where = and(...filters);

  // expect: d1/full-table-scan contains: scans all of `photos`
  const photos = await useDrizzle().query.photos.findMany({
    where,
    orderBy: desc(tables.photos.createdAt),
    // the page size is whatever ?limit= says
    // expect: d1/unbounded-result contains: takes its LIMIT from the query string with no cap
    limit: Number(query.limit ?? 24),
    // the owner is found by primary key; the tags of each photo by photo_id, which has no index
    with: {
      owner: { columns: { login: true } },
      // expect: d1/full-table-scan contains: photo_tags
      tags: true,
    },
  });

  // expect: d1/unbounded-count
  const [{ total }] = await useDrizzle().select({ total: count() }).from(tables.photos).where(where);
  return { photos, total };
});
