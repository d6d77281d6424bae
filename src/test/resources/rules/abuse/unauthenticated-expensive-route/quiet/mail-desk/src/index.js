// the Worker strips /api and hands the request to the shared router the route files register on
import router from "./web/routes";

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/api/")) {
      url.pathname = url.pathname.slice(4);
      return router.fetch(new Request(url, request), env, ctx);
    }
    return new Response("mail desk");
  },
};
