import type { Handled } from "./shared";

// Removing a folder deletes what is under it one object at a time: the folder's size sets the count.
export async function remove({ store, key }: Handled) {
  const marker = await store.head(key);
  if (marker === null) return new Response(null, { status: 404 });
  const listed = await store.list({ prefix: `${key}/`, limit: 1000 });
  for (const child of listed.objects) {
    // expect: workers/subrequests-in-loop
    await store.delete(child.key);
  }
  return new Response(null, { status: 204 });
}
