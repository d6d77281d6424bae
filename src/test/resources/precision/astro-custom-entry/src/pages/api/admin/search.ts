import type { APIRoute } from "astro";
import { env } from "cloudflare:workers";

export const GET: APIRoute = async ({ url }) => {
  // quiet: an operator's search with a LIMIT, behind the middleware's check of /api/admin/
  const { results } = await env.DB.prepare("SELECT id, title FROM notes WHERE title LIKE ? LIMIT 20").bind(`%${url.searchParams.get("q")}%`).all();
  return Response.json(results);
};
