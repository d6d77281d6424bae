import type { Handle } from "@sveltejs/kit";

// the team's API needs the team key; pages are public
export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith("/api/") && event.request.headers.get("x-team-key") !== event.platform?.env.TEAM_KEY) {
    return new Response("unauthorized", { status: 401 });
  }
  return resolve(event);
};
