import { Agent, routeAgentRequest } from "agents";

// the hub connects to the one tool server it is configured with: a second call reconnects the same saved server
export class HubAgent extends Agent<Env> {
  async onRequest(request: Request): Promise<Response> {
    if (request.method === "POST") {
      await this.addMcpServer("docs", "https://docs.example.com/mcp"); // quiet: one fixed server name, saved once
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
