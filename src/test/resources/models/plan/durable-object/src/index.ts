import { DurableObject } from "cloudflare:workers";

interface Env {
  COUNTER: DurableObjectNamespace<Counter>;
}

export class Counter extends DurableObject {
  async increment(): Promise<number> {
    return 1;
  }

  async read(): Promise<number> {
    return 1;
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const stub = env.COUNTER.get(env.COUNTER.idFromName("global"));
    await stub.increment();
    return Response.json(await stub.read());
  },
};
