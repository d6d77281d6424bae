import { callable, routeAgentRequest } from "agents";
import { SessionAgent as Agent } from "./session-agent";

// one scratchpad per visitor session: the rows it writes are gone ten minutes after the visitor leaves
export class NotesAgent extends Agent<{}> {
  @callable()
  addNote(id: string, text: string): void {
    this.sql`CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, text TEXT)`;
    this.sql`INSERT OR REPLACE INTO notes (id, text) VALUES (${id}, ${text})`; // quiet: the object erases itself when idle
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
