import type { Env } from "./lib/db";
import { create, listForOwner, resolve, search } from "./routes/links";

export default {
  // TP: x-owner-id is a header any caller sets: anyone can create links (a D1 row each) with no auth
  // expect: abuse/unauthenticated-expensive-route
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const owner = request.headers.get("x-owner-id") ?? "";
    if (url.pathname === "/api/links" && request.method === "GET") {
      return listForOwner(env, owner);
    }
    if (url.pathname === "/api/links" && request.method === "POST") {
      const body = await request.json<{ slug: string; target: string }>();
      return create(env, owner, body.slug, body.target);
    }
    if (url.pathname === "/api/search") {
      return search(env, url.searchParams.get("q") ?? "");
    }
    return resolve(env, url.pathname.slice(1));
  },
};
