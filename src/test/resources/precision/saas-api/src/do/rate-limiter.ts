import { DurableObject } from "cloudflare:workers";

export class RateLimiter extends DurableObject {
  async allow(): Promise<boolean> {
    const now = Date.now();
    const windowStart = ((await this.ctx.storage.get<number>("window")) ?? 0);
    if (now - windowStart > 60_000) {
      await this.ctx.storage.put("window", now);
      await this.ctx.storage.put("count", 1);
      return true;
    }
    const count = ((await this.ctx.storage.get<number>("count")) ?? 0) + 1;
    await this.ctx.storage.put("count", count);
    return count <= 100;
  }
}
