export async function query(env: { DB: D1Database }, sql: string, params: unknown[] = []) {
  return env.DB.prepare(sql).bind(...params).all();
}

export async function readKey(kv: KVNamespace, key: string) {
  return kv.get(key);
}
