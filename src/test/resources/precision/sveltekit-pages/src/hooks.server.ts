import type { Handle } from "@sveltejs/kit";

// The request hook hands the D1 binding to every route as locals.db.
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.db = event.platform?.env?.DB;
  return resolve(event);
};
