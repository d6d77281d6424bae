import { routePartykitRequest } from "partyserver";
import { SyncServer } from "partysync/server";

type Card = { id: string; title: string };
type CardAction = { type: "add"; payload: Card } | { type: "rename"; payload: Card };

// one room per board name; partysync runs onAction for every action a connected client sends
export class Boards extends SyncServer<Env, { cards: { record: Card; action: CardAction } }> {
  // every statement goes through one wrapper: the SQL is what its callers pass
  run(query: string, ...values: string[]) {
    return this.ctx.storage.sql.exec(query, ...values);
  }

  onStart() {
    this.run("CREATE TABLE IF NOT EXISTS cards (id TEXT PRIMARY KEY, title TEXT NOT NULL)");
  }

  async onAction(_channel: "cards", action: CardAction): Promise<Card[]> {
    if (action.type === "add") {
      return [...this.run("INSERT INTO cards (id, title) VALUES (?, ?) RETURNING *", action.payload.id, action.payload.title).raw()] as unknown as Card[];
    }
    return [...this.run("UPDATE cards SET title = ? WHERE id = ? RETURNING *", action.payload.title, action.payload.id).raw()] as unknown as Card[];
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // quiet: the router refuses connections without a session before any room code runs
    const routed = await routePartykitRequest(request, env, {
      onBeforeConnect: async (req) => (req.headers.get("cookie")?.includes("session=") ? undefined : new Response(null, { status: 401 })),
    });
    return routed ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
