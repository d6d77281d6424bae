import { DurableObject } from "cloudflare:workers";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const name = url.searchParams.get("id") ?? "default";
    if (url.pathname.startsWith("/session")) {
      return env.SESSIONS.get(env.SESSIONS.idFromName(name)).fetch(request);
    }
    if (url.pathname.startsWith("/count")) {
      return env.COUNTERS.get(env.COUNTERS.idFromName(name)).fetch(request);
    }
    if (url.pathname.startsWith("/room")) {
      return env.ROOM.get(env.ROOM.idFromName(name)).fetch(request);
    }
    return env.PAGE_CACHE.get(env.PAGE_CACHE.idFromName(url.hostname)).fetch(request);
  },
};

// Sessions expire through an alarm that deletes what is past its time.
export class SessionStore extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const token = request.headers.get("authorization") ?? crypto.randomUUID();
    // quiet: the alarm below deletes expired sessions
    await this.ctx.storage.put(`session:${token}`, { userId: "anonymous", expiresAt: Date.now() + 3600_000 });
    await this.ctx.storage.setAlarm(Date.now() + 3600_000);
    return new Response("created", { status: 201 });
  }

  async alarm(): Promise<void> {
    const sessions = await this.ctx.storage.list<{ expiresAt: number }>({ prefix: "session:" });
    const expired = [...sessions].filter(([, s]) => s.expiresAt < Date.now()).map(([k]) => k);
    await this.ctx.storage.delete(expired);
  }
}

// The cache drops stale entries when it finds them.
export class PageCache extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const hit = await this.ctx.storage.get<{ body: string; cachedAt: number }>(`cache:${path}`);
    if (hit && hit.cachedAt > Date.now() - 60_000) {
      return new Response(hit.body);
    }
    if (hit) {
      await this.ctx.storage.delete(`cache:${path}`);
    }
    const body = await (await fetch(`https://origin.example.com${path}`)).text();
    // quiet: stale entries are deleted on read
    await this.ctx.storage.put(`cache:${path}`, { body, cachedAt: Date.now() });
    return new Response(body);
  }
}

// One counter per name: durable state, not a cache.
export class Counters extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const name = new URL(request.url).searchParams.get("name") ?? "hits";
    const n = ((await this.ctx.storage.get<number>(`count:${name}`)) ?? 0) + 1;
    // quiet: a counter value has no expiry field and is meant to stay
    await this.ctx.storage.put(`count:${name}`, n);
    return new Response(String(n));
  }
}

// One state value per room, however many requests write it.
export class Room extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    // quiet: a constant key is one value per object
    await this.ctx.storage.put("state", { lastSeen: Date.now(), topic: await request.text() });
    return new Response("ok");
  }
}
