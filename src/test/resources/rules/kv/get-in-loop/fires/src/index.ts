export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const ids = new URL(request.url).searchParams.getAll("id");
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
