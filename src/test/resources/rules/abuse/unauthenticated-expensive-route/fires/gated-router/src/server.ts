import { Agent, routeAgentRequest, type Connection, type WSMessage } from "agents";

// one tutor per course, answering every chat message with a model
export class TutorAgent extends Agent<Env> {
  async onMessage(connection: Connection, message: WSMessage): Promise<void> {
    // expect: abuse/unauthenticated-expensive-route contains: runs a model
    const answer = await this.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: String(message) });
    connection.send(JSON.stringify(answer));
  }
}

// the token check guards the JSON API only
async function courseApi(request: Request, env: Env): Promise<Response> {
  if (request.headers.get("authorization") !== `Bearer ${env.API_TOKEN}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  return Response.json({ courses: [] });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname.startsWith("/api/")) {
      return courseApi(request, env);
    }
    // the agents' paths are routed with no check of the caller
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
