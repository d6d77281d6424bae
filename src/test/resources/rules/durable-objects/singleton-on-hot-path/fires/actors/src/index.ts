import { Actor, handler } from "@cloudflare/actors";

export class Counter extends Actor<Env> {
  count = 0;

  async fetch(request: Request): Promise<Response> {
    this.count++;
    return new Response(String(this.count));
  }
}

// nameFromRequest is not overridden: the library names every request's instance "default"
// expect: durable-objects/singleton-on-hot-path contains: handler(Counter) uses the default nameFromRequest
export default handler(Counter);
