import { Statements } from "./statements.js";

let statements;

export default {
  async fetch(request, env) {
    if (!statements) statements = new Statements(env.DB);
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname === "/entries") {
      const { results } = await statements.pageEntries.bind(url.searchParams.get("page")).all();
      return Response.json(results);
    }
    if (request.method === "GET" && url.pathname === "/entry") {
      const row = await statements.entryById.bind(url.searchParams.get("id")).first();
      return row ? Response.json(row) : new Response("not found", { status: 404 });
    }
    if (request.method === "POST" && url.pathname === "/admin/entries") {
      if (request.headers.get("authorization") !== `Bearer ${env.ADMIN_TOKEN}`) {
        return new Response("unauthorized", { status: 401 });
      }
      const entry = await request.json();
      await statements.insert({ public_id: crypto.randomUUID(), page: entry.page, author: entry.author, body: entry.body, created: Date.now() }).run();
      return new Response(null, { status: 201 });
    }
    return new Response("not found", { status: 404 });
  },
};
