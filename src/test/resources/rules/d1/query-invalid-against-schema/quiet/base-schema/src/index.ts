// quiet: members comes from schema.sql, the base the additive migrations build on (they reference and alter it)
export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const token = request.headers.get("authorization") ?? "";
    const session = await env.DB.prepare("SELECT member_id FROM sessions WHERE token = ?").bind(token).first<{ member_id: string }>();
    if (!session) return new Response("unauthorized", { status: 401 });
    const member = await env.DB.prepare("SELECT id, email, display_name FROM members WHERE id = ?").bind(session.member_id).first();
    return Response.json(member);
  },
};
