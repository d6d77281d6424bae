import { Agent, getAgentByName, routeAgentRequest } from "agents";

export class ChatRoom extends Agent<Env> {
  async onMessage(connection: unknown, message: string) {
    // every join of every room reports to one lobby
    // expect: durable-objects/singleton-on-hot-path contains: getAgentByName(this.env.Lobby, "main")
    const lobby = await getAgentByName(this.env.Lobby, "main");
    await lobby.join(this.name);
  }
}

export class Lobby extends Agent<Env> {
  rooms: string[] = [];

  async join(room: string) {
    this.rooms.push(room);
  }
}

export class Ticker extends Agent<Env> {}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
