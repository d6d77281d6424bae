import { nanoid } from "./id.js";
import { json, notFound } from "./http.js";

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const path = url.pathname.slice(1);

    if (request.method === "POST" && url.pathname === "/api/links") {
      const { target } = await request.json();
      const slug = nanoid(7);
      // TP: anyone can create links, each a KV key kept forever (no auth, rate limit or Turnstile)
      // expect: abuse/unauthenticated-expensive-route
      await env.LINKS.put(`link:${slug}`, target, { metadata: { created: Date.now() } });
      // TP: a global counter in one KV key, written on every create
      const total = Number((await env.LINKS.get("stats:total")) ?? 0) + 1;
      // expect: kv/constant-key-write
      await env.LINKS.put("stats:total", String(total));
      return json({ slug, url: `${env.BASE_URL}/${slug}` }, 201);
    }

    if (url.pathname.startsWith("/admin/")) {
      // admin branch: bulk import, rarely used
      const rows = await request.json();
      for (const row of rows) {
        await env.LINKS.put(`link:${row.slug}`, row.target);
      }
      await env.LINKS.put("stats:imported", String(rows.length));
      return json({ imported: rows.length });
    }

    if (path) {
      const target = await env.LINKS.get(`link:${path}`, { cacheTtl: 300 });
      if (!target) return notFound();
      ctx.waitUntil(recordClick(env, path, request));
      return Response.redirect(target, 302);
    }
    return notFound();
  },
};

async function recordClick(env, slug, request) {
  env.CLICKS.writeDataPoint({ blobs: [slug, request.cf?.country ?? "XX"], doubles: [1], indexes: [slug] });
}
