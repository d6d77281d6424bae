import { Agent, callable } from "agents";
import { generateText } from "ai";
import { createWorkersAI } from "workers-ai-provider";

// every browser that opens the page can call ask(): the Agents SDK routes /agents/assistant/<name> to it
export class Assistant extends Agent<Env> {
  @callable()
  async ask(question: string): Promise<string> {
    const workersai = createWorkersAI({ binding: this.env.AI });
    // expect: abuse/unauthenticated-expensive-route contains: rpc Assistant.ask
    const { text } = await generateText({ model: workersai("@cf/meta/llama-3.3-70b-instruct-fp8-fast"), prompt: question });
    return text;
  }

  // a callable handing the Send Email binding to the SDK: anyone connected can mail any address
  @callable()
  async share(to: string, body: string): Promise<void> {
    // expect: abuse/unauthenticated-expensive-route contains: sends an email
    await this.sendEmail({ binding: this.env.MAILER, to, from: "studio@example.com", subject: "Shared with you", text: body });
  }

  // not callable: only the Worker's own code reaches it
  async reindex(): Promise<void> {
    const workersai = createWorkersAI({ binding: this.env.AI });
    await generateText({ model: workersai("@cf/meta/llama-3.3-70b-instruct-fp8-fast"), prompt: "reindex" });
  }
}
