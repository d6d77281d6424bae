import { defineMiddleware } from "astro:middleware";

// the dashboard is for signed-in users: visitors without a session are sent to the sign-in page
export const onRequest = defineMiddleware(async (context, next) => {
  const session = context.cookies.get("session")?.value;
  if (context.url.pathname.startsWith("/dashboard/") && !session) {
    return context.redirect(`/login?next=${encodeURIComponent(context.url.pathname)}`);
  }
  return next();
});
