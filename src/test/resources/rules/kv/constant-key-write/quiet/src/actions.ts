// One endpoint dispatching on an action name, as comment widgets and small CMS back ends do. The administrative
// actions check the caller in their own case, or in the handler the case calls.
async function isAdmin(request: Request, env: Env): Promise<boolean> {
  return request.headers.get("x-admin-token") === (await env.CACHE.get("admin-token"));
}

export async function dispatch(request: Request, env: Env): Promise<Response> {
  const { action, text } = await request.json<{ action: string; text: string }>();
  switch (action) {
    case "announce":
      if (!(await isAdmin(request, env))) return new Response("forbidden", { status: 403 });
      await env.CACHE.put("announcement", text); // quiet: only an administrator gets past the check above
      return new Response("saved");
    case "theme":
      return setTheme(request, env, text);
    default:
      return new Response("unknown action", { status: 400 });
  }
}

async function setTheme(request: Request, env: Env, theme: string): Promise<Response> {
  const isAdminUser = await isAdmin(request, env);
  if (isAdminUser) {
    await saveSetting(env, theme);
    return new Response("saved");
  }
  return new Response("log in first", { status: 401 });
}

// called only from an administrator's branch
async function saveSetting(env: Env, theme: string) {
  await env.CACHE.put("theme", theme); // quiet: every call of this helper is behind an admin check
}
