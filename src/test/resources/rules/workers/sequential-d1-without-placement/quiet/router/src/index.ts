interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const id = url.searchParams.get("id") ?? "";
    if (url.pathname === "/account") {
      return Response.json(await env.DB.prepare("SELECT id, name FROM accounts WHERE id = ?").bind(id).first());
    } else if (url.pathname === "/projects") {
      return Response.json((await env.DB.prepare("SELECT id FROM projects WHERE account_id = ? LIMIT 50").bind(id).all()).results);
    }
    switch (url.pathname) {
      case "/invoices":
        return Response.json((await env.DB.prepare("SELECT id FROM invoices WHERE account_id = ? LIMIT 20").bind(id).all()).results);
      case "/invoice":
        return Response.json(await env.DB.prepare("SELECT id, total FROM invoices WHERE id = ?").bind(id).first());
      default:
        return new Response("not found", { status: 404 });
    }
  },
};
