// One photo by its unique slug, with its owner: both primary-key or unique lookups.
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, "slug") ?? "";
  return useDrizzle().query.photos.findFirst({
    where: eq(tables.photos.slug, slug),
    with: { owner: true },
  });
});
