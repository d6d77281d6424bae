export async function bumpGlobalCounter(kv: KVNamespace) {
  const current = Number((await kv.get("global-counter")) ?? "0");
  await kv.put("global-counter", String(current + 1));
}
