import { defineMiddleware } from "astro:middleware";

export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.url.pathname.startsWith("/api/")) {
    return next(); // pages are public
  }
  if (!context.cookies.get("session")?.value) {
    return new Response("sign in first", { status: 401 });
  }
  return next();
});
