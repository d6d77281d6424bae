export async function seatsFor(kv: KVNamespace, ids: string[]) {
  const out: Record<string, string | null> = {};
  for (const id of ids) {
    // expect: kv/get-in-loop
    out[id] = await kv.get(`seat:${id}`);
  }
  return out;
}
