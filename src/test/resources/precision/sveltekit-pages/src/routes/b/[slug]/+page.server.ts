import { bookmarksRepo } from "$lib/server/bookmarks";

// A cache-aside over KV written with optional chaining: the read is a lookup returned early on a hit, and the put
// fills it on a miss (not a read-modify-write, not storage that grows per call).
export const load = async ({ params, platform }) => {
  const cached = await platform?.env?.PAGES_CACHE.get(params.slug);
  if (cached) return JSON.parse(cached);
  const bookmark = await bookmarksRepo(platform!.env.DB).bySlug(params.slug);
  // expect: kv/cache-put-without-ttl
  // expect: workers/cache-write-blocks-response
  await platform?.env?.PAGES_CACHE.put(params.slug, JSON.stringify(bookmark)); // quiet: kv/read-modify-write (a cache fill)
  return bookmark;
};
