import type { Env } from "./db";

// Settings live in KV; callers read fixed keys and per-owner keys through the same helper.
export async function readSetting(env: Env, key: string): Promise<string | null> {
  return env.SETTINGS.get(key, { cacheTtl: 300 });
}

export async function writeSetting(env: Env, key: string, value: string): Promise<void> {
  await env.SETTINGS.put(key, value);
}
