import type { Handled } from "./shared";

export async function show({ store, key }: Handled) {
  const object = await store.get(key);
  return object === null ? new Response(null, { status: 404 }) : new Response(object.body);
}
