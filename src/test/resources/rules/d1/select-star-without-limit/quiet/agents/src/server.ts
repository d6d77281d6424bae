import { callable, routeAgentRequest } from "agents";
import { ScratchAgent } from "./session-agent";

export class NotesAgent extends ScratchAgent<{}> {
  @callable()
  list(): unknown[] {
    this.sql`CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, text TEXT, created_at INTEGER DEFAULT (unixepoch()))`;
    return [...this.sql`SELECT * FROM notes ORDER BY created_at DESC`]; // quiet: the object erases itself within the hour
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
