import { Agent, routeAgentRequest, type Connection, type WSMessage } from "agents";
import { Server, routePartykitRequest } from "partyserver";

// one tutor per course, answering every chat message with a model
export class TutorAgent extends Agent<Env> {
  async onMessage(connection: Connection, message: WSMessage): Promise<void> {
    // quiet: the Worker answers 401 before it routes any connection to an agent
    const answer = await this.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: String(message) });
    connection.send(JSON.stringify(answer));
  }
}

// a shared board per course whose messages are summarised by a model
export class Whiteboard extends Server<Env> {
  static options = { hibernate: true };

  async onMessage(connection: Connection, message: WSMessage): Promise<void> {
    // quiet: the same check runs before the party router
    const summary = await this.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${String(message)}` });
    this.broadcast(JSON.stringify(summary));
  }
}

// the session check every path goes through
async function signedIn(request: Request, env: Env): Promise<boolean> {
  return request.headers.get("authorization") === `Bearer ${env.API_TOKEN}`;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (!(await signedIn(request, env))) {
      return new Response("Unauthorized", { status: 401 });
    }
    return (await routeAgentRequest(request, env)) ?? (await routePartykitRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
