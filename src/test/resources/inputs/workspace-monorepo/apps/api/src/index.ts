import { findOrder } from "@acme/db";
import { touchUser } from "@acme/db/users";
import { bumpGlobalCounter } from "@acme/cache";

interface Env {
  DB: D1Database;
  SESSIONS: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const order = await findOrder(env.DB, url.searchParams.get("ref") ?? "");
    await touchUser(env.SESSIONS, request.headers.get("x-user") ?? "anonymous");
    await bumpGlobalCounter(env.SESSIONS);
    return Response.json(order);
  },
};
