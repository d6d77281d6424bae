import { Agent, type Connection, routeAgentRequest } from "agents";

type Task = (input: string, env: Env) => Promise<string>;

// the same factory, but every class it makes refuses a connection without the team's key before any message arrives
function writerAgent(task: Task) {
  return class WriterAgent extends Agent<Env> {
    async onBeforeConnect(request: Request) {
      if (request.headers.get("Authorization") !== `Bearer ${this.env.TEAM_KEY}`) {
        return new Response("Unauthorized", { status: 401 });
      }
    }

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
  // quiet: only a client holding the team key gets a connection to the class this task runs in
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Draft: ${input}` });
  return String(out);
});

export const Critic = writerAgent(async (input, env) => {
  // quiet: same factory, same key check
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Critique: ${input}` });
  return String(out);
});

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
