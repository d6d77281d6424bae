import { DurableObject } from "cloudflare:workers";

export class Reporter extends DurableObject<Env> {
  async draft(notes: string): Promise<string> {
    // quiet: the only caller is a route behind bearerAuth
    const answer = await this.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt: `Draft a report from: ${notes}` });
    return answer.response ?? "";
  }
}
