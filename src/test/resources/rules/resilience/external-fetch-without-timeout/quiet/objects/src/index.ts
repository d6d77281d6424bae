import { DurableObject } from "cloudflare:workers";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const room = env.ROOM.get(env.ROOM.idFromName(new URL(request.url).pathname));
    return room.fetch(request);
  },
};

export class Room extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    return new Response("joined " + new URL(request.url).pathname);
  }
}

// Bound and exported beside Room, but the Worker gets stubs to Room only: nothing sends a request to this object.
export class ColoProbe extends DurableObject<Env> {
  async fetch(): Promise<Response> {
    const res = await fetch("https://probe.example.net/cdn-cgi/trace"); // quiet: no code of the Worker addresses ColoProbe
    return new Response(await res.text());
  }
}
