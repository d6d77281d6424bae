interface Env {
  DB: D1Database;
}

// one step per request at most: every step's branch returns (or throws), so the queries after a branch never run with it
async function upgradeSchema(db: D1Database): Promise<string> {
  const version = await db.prepare("SELECT value FROM meta WHERE key = 'schema'").first<{ value: string }>();
  if (!version) {
    // quiet: the first step returns; the later steps run on a later request
    await db.prepare("INSERT INTO meta (key, value) VALUES ('schema', '1')").run();
    return "created";
  }
  if (version.value === "1") {
    await db.prepare("UPDATE meta SET value = '2' WHERE key = 'schema'").run();
    return "upgraded";
  } else if (version.value === "broken") {
    throw new Error("schema needs a manual repair");
  }
  // quiet: runs only when no branch above returned: after the first read, one round trip
  await db.prepare("UPDATE meta SET value = value WHERE key = 'checked'").run();
  return "current";
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const state = await upgradeSchema(env.DB);
    if (state !== "current") {
      return new Response(state, { status: 503 });
    }
    const slug = url.pathname.slice(1);
    const page = await env.DB.prepare("SELECT body FROM pages WHERE slug = ?").bind(slug).first<{ body: string }>();
    if (!page) {
      return new Response("not found", { status: 404 });
    }
    return new Response(page.body, { headers: { "content-type": "text/html" } });
  },
};
