/** A summary per page the caller names: cached per page, so a caller asking for new pages runs the model each time. */
export async function pageSummary(env: Env, page: string): Promise<string> {
  const key = `summary:${page}`;
  const cached = await env.DIGESTS.get(key);
  if (cached) {
    return cached;
  }
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise ${page}` });
  await env.DIGESTS.put(key, String(out.response), { expirationTtl: 3600 });
  return String(out.response);
}

const TIPS_KEY = "digest:tips";

/** Reads a cached list but never fills it: every call misses and runs the model. */
export async function tips(env: Env): Promise<string> {
  const cached = await env.DIGESTS.get(TIPS_KEY);
  if (cached) {
    return cached;
  }
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "Three tips" });
  return String(out.response);
}
