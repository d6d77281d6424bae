export class Shard {
  async write(tags: string[]): Promise<void> {}
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

// Capped at three attempts with exponential backoff.
async function deploy(env: Env, files: string[]): Promise<Response> {
  let attempt = 0;
  while (true) { // quiet: capped (the catch rethrows after three attempts) and waits between attempts
    try {
      return await env.SANDBOX.fetch("https://sandbox/deploy", { method: "POST", body: JSON.stringify(files) });
    } catch (err) {
      if (++attempt >= 3) throw err;
      await sleep(200 * 2 ** attempt);
    }
  }
}

// Recursive retry with a cap and a pause.
async function writeTags(env: Env, shard: string, tags: string[], retry = 0): Promise<void> {
  try { // quiet: capped recursion with a delay before each new attempt
    await env.SHARDS.getByName(shard).write(tags);
  } catch (err) {
    if (retry >= 3) throw err;
    await scheduler.wait(100 * 2 ** retry);
    await writeTags(env, shard, tags, retry + 1);
  }
}

// An outer capped retry around a helper that does its own backoff.
async function askModel(env: Env, prompt: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await (await fetch("https://llm.example.com/v1", { method: "POST", body: prompt, signal: AbortSignal.timeout(10000) })).text();
    } catch {
      await sleep(500 * 2 ** attempt);
    }
  }
  throw new Error("model unavailable");
}
async function pickTemplate(env: Env, prompt: string, retries = 2): Promise<string> {
  try { // quiet: capped, and the retried work is a helper with its own backoff, not a direct service call
    return await askModel(env, prompt);
  } catch (err) {
    if (retries > 0) return pickTemplate(env, prompt, retries - 1);
    return "default";
  }
}

// A stream read loop: each iteration reads new data, a failed chunk is skipped, not retried.
async function drain(body: ReadableStream<Uint8Array>, env: Env): Promise<number> {
  const reader = body.getReader();
  let n = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    try { // quiet: the try does not leave the loop on success, so this is per-chunk work, not a retry
      await env.SHARDS.getByName("log").write([String(value?.length)]);
      n++;
    } catch {
      // skip this chunk
    }
  }
  return n;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    await writeTags(env, "shard-1", ["a"]);
    await drain(request.body!, env);
    await pickTemplate(env, "hello");
    return deploy(env, ["index.js"]);
  },
} satisfies ExportedHandler<Env>;
