import { Agent, routeAgentRequest } from "agents";

// any visitor can register a tool server: the SDK saves each one in the object's SQLite under the name given
export class HubAgent extends Agent<Env> {
  async onRequest(request: Request): Promise<Response> {
    if (request.method === "POST") {
      const server = (await request.json()) as { name: string; url: string };
      // expect: abuse/unauthenticated-expensive-route contains: writes Durable Object storage
      await this.addMcpServer(server.name, server.url);
      return new Response("connected");
    }
    return new Response("Not found", { status: 404 });
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
