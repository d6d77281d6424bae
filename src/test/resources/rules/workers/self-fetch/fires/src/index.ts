import { revalidateByHost, revalidateByOrigin, warmOtherPage } from "./revalidate";
import { resizeOnTheFly } from "./resize";
import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();

app.get("/proxy", async (c) => {
  // expect: workers/self-fetch
  return fetch(c.req.url);
});

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    if (new URL(request.url).pathname === "/again") {
      const url = new URL(request.url);
      // expect: workers/self-fetch
      return fetch(url.toString());
    }
    if (new URL(request.url).pathname === "/revalidate") return revalidateByHost(request);
    if (new URL(request.url).pathname === "/refresh") return revalidateByOrigin(request);
    if (new URL(request.url).pathname === "/warm") return warmOtherPage(request);
    if (new URL(request.url).pathname.startsWith("/img/")) return resizeOnTheFly(request);
    return app.fetch(request, env, ctx);
  },
};
