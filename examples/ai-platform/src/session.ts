import { DurableObject } from "cloudflare:workers";

export class UserSessionDO extends DurableObject {
  async touch(userId: string): Promise<number> {
    const seen = ((await this.ctx.storage.get<number>(userId)) ?? 0) + 1;
    await this.ctx.storage.put(userId, seen);
    return seen;
  }
}
