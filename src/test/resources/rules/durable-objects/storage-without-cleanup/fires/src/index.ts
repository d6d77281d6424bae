import { DurableObject } from "cloudflare:workers";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/session")) {
      return env.SESSIONS.get(env.SESSIONS.idFromName("tenant-a")).fetch(request);
    }
    return env.PAGE_CACHE.get(env.PAGE_CACHE.idFromName(url.hostname)).fetch(request);
  },
};

// Sessions carry an expiry, but nothing ever deletes an expired one.
export class SessionStore extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const token = request.headers.get("authorization") ?? crypto.randomUUID();
    const found = await this.ctx.storage.get<{ userId: string; expiresAt: number }>(`session:${token}`);
    if (found && found.expiresAt > Date.now()) {
      return Response.json(found);
    }
    // expect: durable-objects/storage-without-cleanup contains: with an expiry field
    await this.ctx.storage.put(token, { userId: "anonymous", expiresAt: Date.now() + 3600_000 });
    return new Response("created", { status: 201 });
  }
}

// A read-through cache of upstream pages kept in the object's storage forever.
export class PageCache extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const hit = await this.ctx.storage.get<string>(`cache:${path}`);
    if (hit) {
      return new Response(hit);
    }
    const body = await (await fetch(`https://origin.example.com${path}`)).text();
    // expect: durable-objects/storage-without-cleanup contains: PageCache
    await this.ctx.storage.put(`cache:${path}`, body);
    return new Response(body);
  }
}
