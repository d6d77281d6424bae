import { remember } from "@shared/store";

export default {
  async fetch(request: Request, env: { STORE: R2Bucket }): Promise<Response> {
    for (const name of new URL(request.url).searchParams.getAll("f")) {
      await remember(env.STORE, name);
    }
    return new Response("ok");
  },
};
