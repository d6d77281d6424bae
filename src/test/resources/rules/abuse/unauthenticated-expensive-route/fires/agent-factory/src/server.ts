import { Agent, type Connection, routeAgentRequest } from "agents";

type Task = (input: string, env: Env) => Promise<string>;

// one class per writing step, all made by the same factory: the step a class runs is the task its call passed
function writerAgent(task: Task) {
  return class WriterAgent extends Agent<Env> {
    // expect: abuse/unauthenticated-expensive-route contains: runs a model
    async onMessage(connection: Connection, message: string) {
      const { input } = JSON.parse(message);
      connection.send(await this.perform(input));
    }

    async perform(input: string): Promise<string> {
      return task(input, this.env);
    }
  };
}

export const Drafter = writerAgent(async (input, env) => {
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Draft: ${input}` });
  return String(out);
});

export const Critic = writerAgent(async (input, env) => {
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Critique: ${input}` });
  return String(out);
});

// the same shape written as an arrow that returns the class
const summaryAgent = (length: number) =>
  class SummaryAgent extends Agent<Env> {
    async onMessage(connection: Connection, message: string) {
      // expect: abuse/unauthenticated-expensive-route contains: runs a model
      const out = await this.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise in ${length} words: ${message}` });
      connection.send(String(out));
    }
  };

export const Summarizer = summaryAgent(50);

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
