import { Agent, getAgentByName, routeAgentRequest } from "agents";

export class ChatRoom extends Agent<Env> {
  async onMessage(connection: unknown, message: string) {
    // quiet: one notes instance per room, named by the room
    const notes = await getAgentByName(this.env.Notes, `notes:${this.name}`);
    await notes.append(message);
  }
}

export class Notes extends Agent<Env> {
  lines: string[] = [];

  async append(line: string) {
    this.lines.push(line);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
