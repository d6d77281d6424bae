import { routePartykitRequest, Server } from "partyserver";

export class Globe extends Server {
  onConnect(connection: { id: string }) {
    this.broadcast(JSON.stringify({ joined: connection.id }));
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routePartykitRequest(request, env)) || new Response("Not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
