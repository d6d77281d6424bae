// The base schema and its additive migrations are one schema: a table neither creates is still missing.
export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const token = request.headers.get("authorization") ?? "";
    const session = await env.DB.prepare("SELECT member_id FROM sessions WHERE token = ?").bind(token).first<{ member_id: string }>();
    if (!session) return new Response("unauthorized", { status: 401 });
    const member = await env.DB.prepare("SELECT id, email, display_name FROM members WHERE id = ?").bind(session.member_id).first();
    // expect: d1/query-invalid-against-schema contains: no such table: invites
    const invites = await env.DB.prepare("SELECT code FROM invites WHERE member_id = ?").bind(session.member_id).first();
    return Response.json({ member, invites });
  },
};
