import consumer from "./consumer";
import { JobProgress } from "./progress";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/progress") {
      return Response.json(await JobProgress.read(env, url.searchParams.get("job") ?? ""));
    }
    if (url.pathname === "/shorten") {
      return Response.json({ slug: await freeSlug(env), code: await freeCode(env), id: await freeId(env) });
    }
    const params = url.searchParams;
    const ids = params.getAll("id");
    // quiet: one bulk read
    const values = await env.CACHE.get(ids.map((id) => `item:${id}`), "json");
    // quiet: .get on URLSearchParams and Map inside loops are not KV reads
    const seen = new Map<string, number>();
    for (const id of ids) {
      params.get(id);
      seen.get(id);
    }
    return Response.json([...values]);
  },
  queue: consumer.queue,
} satisfies ExportedHandler<Env>;

// looking for a free name: each loop goes round again only while the candidate is taken, and ends at the first free one
async function freeSlug(env: Env) {
  let slug = crypto.randomUUID().slice(0, 6);
  // quiet: runs once per collision, not once per item
  while ((await env.CACHE.get(`link:${slug}`)) !== null) {
    slug = crypto.randomUUID().slice(0, 6);
  }
  return slug;
}

async function freeCode(env: Env) {
  let code: string;
  do {
    code = Math.random().toString(36).slice(2, 8);
  } while (await env.CACHE.get(`code:${code}`)); // quiet: the candidate drawn again while it is taken
  return code;
}

async function freeId(env: Env) {
  let id = crypto.randomUUID();
  let taken = await env.CACHE.get(`user:${id}`);
  while (taken) {
    id = crypto.randomUUID();
    taken = await env.CACHE.get(`user:${id}`); // quiet: the same search, its answer held in a variable
  }
  return id;
}
