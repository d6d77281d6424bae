import { Agent, callable } from "agents";
import { generateText } from "ai";
import { createWorkersAI } from "workers-ai-provider";

export class Assistant extends Agent<Env> {
  @callable()
  async ask(question: string): Promise<string> {
    const workersai = createWorkersAI({ binding: this.env.AI });
    // quiet: the router's onBeforeConnect refuses connections without the token
    const { text } = await generateText({ model: workersai("@cf/meta/llama-3.3-70b-instruct-fp8-fast"), prompt: question });
    return text;
  }
}
