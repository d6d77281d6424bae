import { DurableObject } from "cloudflare:workers";

// one object per report; the Worker calls draft() through a stub, so no client reaches it directly
export class Reporter extends DurableObject<Env> {
  async draft(notes: string): Promise<string> {
    const answer = await this.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt: `Draft a report from: ${notes}` });
    return answer.response ?? "";
  }
}
