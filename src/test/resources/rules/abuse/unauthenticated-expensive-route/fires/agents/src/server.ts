import { Agent, callable, routeAgentRequest } from "agents";

// one shared notebook; clearing it is a button a client presses, not a timer, so rows stay until someone does
export class NotesAgent extends Agent<Env, {}> {
  @callable()
  addNote(id: string, text: string): void {
    this.sql`CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, text TEXT)`;
    // expect: abuse/unauthenticated-expensive-route contains: writes Durable Object storage
    this.sql`INSERT OR REPLACE INTO notes (id, text) VALUES (${id}, ${text})`;
  }

  @callable()
  async reset(): Promise<void> {
    await this.destroy();
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
