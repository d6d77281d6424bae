// One package, two Workers: STORE is a KV namespace in links and an R2 bucket in files, and each Worker
// passes its own keys. The module is parsed once per run; what it does is worked out per Worker.
export async function remember(store: KVNamespace | R2Bucket, key: string) {
  await store.put(key, "1");
}

export async function settings(env: { STORE: KVNamespace | R2Bucket }) {
  return env.STORE.get("settings");
}
