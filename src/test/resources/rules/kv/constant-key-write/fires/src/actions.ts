// One endpoint dispatching on an action name: only the administrative action checks the caller; the others are
// anyone's, and so is a helper that an open action calls too.
async function isAdmin(request: Request, env: Env): Promise<boolean> {
  return request.headers.get("x-admin-token") === (await env.CACHE.get("admin-token"));
}

export async function dispatch(request: Request, env: Env): Promise<Response> {
  const { action, text } = await request.json<{ action: string; text: string }>();
  switch (action) {
    case "announce":
      if (!(await isAdmin(request, env))) return new Response("forbidden", { status: 403 });
      await touch(env);
      return new Response("saved");
    case "visit":
      // expect: kv/constant-key-write
      await env.CACHE.put("last-visitor", text);
      await touch(env);
      return new Response("ok");
    default:
      return new Response("unknown action", { status: 400 });
  }
}

// called behind the admin check and from the open "visit" action
async function touch(env: Env) {
  // expect: kv/constant-key-write
  await env.CACHE.put("touched-at", new Date().toISOString());
}
