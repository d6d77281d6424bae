export class Shard {
  async write(tags: string[]): Promise<void> {}
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

// Deploys until the sandbox answers: waits between attempts, but never gives up.
async function deployUntilUp(env: Env, files: string[]): Promise<Response> {
  let attempt = 0;
  // expect: resilience/unbounded-retry contains: no attempt cap (only success leaves the loop)
  while (true) {
    attempt++;
    try {
      return await env.SANDBOX.fetch("https://sandbox/deploy", { method: "POST", body: JSON.stringify(files) });
    } catch (err) {
      console.warn(`attempt ${attempt} failed`, err);
      await sleep(Math.min(1000 * 2 ** attempt, 30000));
    }
  }
}

// Writes to a shard and, on failure, calls itself again at once (capped, but no pause).
async function writeTags(env: Env, shard: string, tags: string[], retry = 0): Promise<void> {
  // expect: resilience/unbounded-retry contains: no wait between attempts
  try {
    await env.SHARDS.getByName(shard).write(tags);
  } catch (err) {
    if (retry >= 3) {
      console.error("giving up", err);
      return;
    }
    await writeTags(env, shard, tags, retry + 1);
  }
}

// Polls an origin with neither a cap nor a pause.
async function fetchUntilOk(url: string): Promise<Response> {
  // expect: resilience/unbounded-retry contains: no attempt cap and no wait between attempts
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return res;
    } catch {
      // try again
    }
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    await writeTags(env, "shard-1", ["a"]);
    if (request.method === "PUT") return deployUntilUp(env, [await request.text()]);
    return fetchUntilOk("https://origin.example.com/health");
  },
} satisfies ExportedHandler<Env>;
