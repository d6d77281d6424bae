// The signed-in user's own photos: pinned to one owner, served by photos_owner_idx, page size capped.
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const query = getQuery(event);
  const limit = Math.min(Number(query.limit ?? 20), 100);
  return useDrizzle().select().from(tables.photos).where(eq(tables.photos.ownerId, user.id))
    .orderBy(desc(tables.photos.createdAt)).limit(limit);
});
