import { defineMiddleware } from "astro:middleware";

// only the admin API needs a session
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.url.pathname.startsWith("/api/admin/") && context.request.headers.get("authorization") !== `Bearer ${import.meta.env.ADMIN_TOKEN}`) {
    return new Response("unauthorized", { status: 401 });
  }
  return next();
});
