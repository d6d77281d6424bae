import { Actor, Entrypoint, handler } from "@cloudflare/actors";

export class Counter extends Actor<Env> {
  // quiet: one instance per user, named from the request
  static async nameFromRequest(request: Request): Promise<string | undefined> {
    return `user:${new URL(request.url).searchParams.get("user")}`;
  }

  async fetch(request: Request): Promise<Response> {
    return new Response("ok");
  }
}

// quiet: an alternative Worker that is not the default export never runs
export class Forwarder extends Entrypoint<Env> {
  async fetch(request: Request): Promise<Response> {
    return Relay.get("default").fetch(request);
  }
}

// quiet: only Forwarder (never deployed) addresses Relay, so its methods are not entry points
export class Relay extends Actor<Env> {
  async fetch(request: Request): Promise<Response> {
    return Counter.get("default").fetch(request);
  }
}

export default handler(Counter);
