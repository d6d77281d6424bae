// A public counter, computed at most once an hour by Nitro's cache: the count does not run per request.
const cachedTotal = defineCachedFunction(async () => {
  const [{ n }] = await useDrizzle().select({ n: count() }).from(tables.photos);
  return n;
}, { maxAge: 3600, name: "photo-total", getKey: () => "photo-total" });

export default defineEventHandler(async () => ({ total: await cachedTotal() }));
