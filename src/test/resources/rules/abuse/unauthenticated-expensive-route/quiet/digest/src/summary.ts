const SUMMARY_KEY = "digest:weekly";

/** The weekly summary: written by the model once, then served from KV until it expires. */
export async function weeklySummary(env: Env): Promise<string[]> {
  const cached = await env.DIGESTS.get(SUMMARY_KEY, "json");
  if (Array.isArray(cached) && cached.length) {
    return cached as string[];
  }
  const notes = ["release", "incidents", "hiring"];
  const lines: string[] = [];
  for (const topic of notes) {
    // quiet: a miss of the one cached summary is filled for everyone: the model runs once per hour, not per visitor
    const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise ${topic}` });
    lines.push(String(out.response));
  }
  await env.DIGESTS.put(SUMMARY_KEY, JSON.stringify(lines), { expirationTtl: 3600 });
  return lines;
}
