// Thin wrappers so route code never touches prepare()/bind() directly.
export interface Env {
  DB: D1Database;
  SETTINGS: KVNamespace;
}

export async function queryAll<T>(env: Env, sql: string, params: unknown[] = []): Promise<T[]> {
  const { results } = await env.DB.prepare(sql).bind(...params).all<T>();
  return results;
}

export async function queryFirst<T>(env: Env, sql: string, ...params: unknown[]): Promise<T | null> {
  return env.DB.prepare(sql).bind(...params).first<T>();
}

export async function execute(env: Env, sql: string, ...params: unknown[]): Promise<void> {
  await env.DB.prepare(sql).bind(...params).run();
}
