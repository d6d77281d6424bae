import type { APIRoute } from "astro";
import { env } from "cloudflare:workers";

// the public note page looks notes up by slug, which has no index
export const GET: APIRoute = async ({ url }) => {
  // expect: d1/full-table-scan
  const note = await env.DB.prepare("SELECT title, body FROM notes WHERE slug = ?").bind(url.searchParams.get("slug")).first();
  return note ? Response.json(note) : new Response("not found", { status: 404 });
};
