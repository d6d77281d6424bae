import { remember, settings } from "@shared/store";

export default {
  async fetch(request: Request, env: { STORE: KVNamespace }): Promise<Response> {
    await settings(env);
    await remember(env.STORE, "last-visit");
    return new Response("ok");
  },
};
