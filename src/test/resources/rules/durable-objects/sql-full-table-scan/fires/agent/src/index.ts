import { Agent, routeAgentRequest } from "agents";

interface Env {
  SUPPORT: DurableObjectNamespace<SupportAgent>;
}

// an Agents SDK agent keeps tickets in its own SQLite through this.sql`...`
export class SupportAgent extends Agent<Env> {
  async onStart() {
    this.sql`CREATE TABLE IF NOT EXISTS tickets (id TEXT PRIMARY KEY, customer TEXT NOT NULL, opened_at INTEGER NOT NULL)`;
  }

  async onRequest(request: Request): Promise<Response> {
    const customer = new URL(request.url).searchParams.get("customer") ?? "";
    // expect: durable-objects/sql-full-table-scan
    const open = this.sql<{ id: string }>`SELECT id FROM tickets WHERE customer = ${customer}`;
    return Response.json(open);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("not found", { status: 404 });
  },
};
