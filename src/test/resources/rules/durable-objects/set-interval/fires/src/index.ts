import { DurableObject } from "cloudflare:workers";
import { Deployer } from "./deployer";
import { PreviewBehavior } from "./behavior";

export class Counter extends DurableObject {
  private pending = 0;
  readonly deployer: Deployer;
  private behavior?: PreviewBehavior;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.deployer = new Deployer();
  }

  // the timer is started by a service the object owns, through a component it hands itself to
  async publish(instance: string): Promise<void> {
    this.behavior = new PreviewBehavior(this, "preview");
    await this.behavior.publish(instance);
  }

  async fetch(request: Request): Promise<Response> {
    this.pending++;
    // expect: durable-objects/set-interval
    setInterval(() => this.flush(), 1000);
    return new Response("ok");
  }

  private async flush() {
    await this.ctx.storage.put("pending", this.pending);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return env.COUNTER.getByName("a").fetch(request);
  },
} satisfies ExportedHandler<Env>;
