// One helper, two callers passing different namespaces: the parameter keeps what the earliest call site (by file
// and position, here src/audit.ts) passes, so every run reports the same binding.
export function bump(store: KVNamespace, key: string) {
  return store.put(key, "1");
}
