export default defineEventHandler(async () => {
  return useDrizzle().select({ total: count() }).from(tables.notes).get();
});
