import { Agent, callable, routeAgentRequest } from "agents";

export class NotesAgent extends Agent<Env, {}> {
  @callable()
  list(): unknown[] {
    this.sql`CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, text TEXT, created_at INTEGER DEFAULT (unixepoch()))`;
    // expect: d1/select-star-without-limit
    return [...this.sql`SELECT * FROM notes ORDER BY created_at DESC`];
  }

  // erasing on a client's request is not a timer: the table keeps growing until someone presses it
  @callable()
  async clear(): Promise<void> {
    await this.destroy();
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
