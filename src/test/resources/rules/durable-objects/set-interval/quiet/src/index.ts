import { DurableObject } from "cloudflare:workers";
import { Poller } from "./poller";

export class Counter extends DurableObject {
  async fetch(request: Request): Promise<Response> {
    await this.ctx.storage.setAlarm(Date.now() + 1000);  // quiet: alarms instead of setInterval
    return new Response("ok");
  }

  async alarm() {
    await this.ctx.storage.put("flushed", Date.now());
  }
}

// quiet: setInterval in a plain helper class is not a Durable Object concern
class Ticker {
  start() {
    setInterval(() => console.log("tick"), 1000);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    new Ticker();
    new Poller("https://sandbox.example.com").watch();
    return env.COUNTER.getByName(new URL(request.url).pathname).fetch(request);
  },
} satisfies ExportedHandler<Env>;
