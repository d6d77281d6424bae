import { Drafts, draftConsumer } from "./drafts";

export default {
  queue: draftConsumer.queue,
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/drafts") {
      const drafts = [];
      for (const id of url.searchParams.getAll("draft")) {
        drafts.push(await Drafts.load(env, id));
      }
      return Response.json(drafts);
    }
    if (url.pathname === "/thread") {
      return Response.json(await thread(env, url.searchParams.get("last") ?? ""));
    }
    const ids = url.searchParams.getAll("id");
    const values = [];
    for (const id of ids) {
      // expect: kv/get-in-loop
      values.push(await env.CACHE.get(`item:${id}`, "json"));
    }
    return Response.json(values);
  },
} satisfies ExportedHandler<Env>;

// the env imported from cloudflare:workers is the same env object
import { env as globalEnv } from "cloudflare:workers";

export async function warm(keys: string[]) {
  for (const k of keys) {
    // expect: kv/get-in-loop
    await globalEnv.CACHE.get(k);
  }
}

// a chain walked one link at a time: the test holds while a link is present, but each round reads the next node, not a
// new candidate for the same name, so the loop reads every message of the thread
async function thread(env: Env, last: string) {
  const messages = [];
  let next: string | null = last;
  while (next) {
    // expect: kv/get-in-loop
    const message = await env.CACHE.get<{ text: string; parent: string | null }>(`message:${next}`, "json");
    messages.push(message?.text);
    next = message?.parent ?? null;
  }
  return messages;
}
