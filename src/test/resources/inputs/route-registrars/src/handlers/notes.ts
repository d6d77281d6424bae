export async function listNotes(_request: Request, env: Env, user: string): Promise<Response> {
  const { results } = await env.DB.prepare("SELECT id, body FROM notes WHERE owner = ? LIMIT 50").bind(user).all();
  return Response.json(results);
}

export async function createNote(request: Request, env: Env, user: string): Promise<Response> {
  await env.DB.prepare("INSERT INTO notes (id, owner, body) VALUES (?, ?, ?)").bind(crypto.randomUUID(), user, await request.text()).run();
  return new Response("created", { status: 201 });
}
