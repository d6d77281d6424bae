import { drizzle } from "drizzle-orm/d1";
import { and, eq, sql } from "drizzle-orm";
import * as schema from "./schema";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const db = drizzle(env.DB, { schema });
    const userId = request.headers.get("x-user") ?? "";
    const visibility = new URL(request.url).searchParams.get("visibility");
    // the count is built in two steps: the query sent filters on one user, the first step alone is not what runs
    const countQuery = db.select({ count: sql<number>`COUNT(*)` }).from(schema.apps); // quiet: continued below with the user filter
    const rows = visibility
      ? await countQuery.where(and(eq(schema.apps.userId, userId), eq(schema.apps.visibility, visibility))) // quiet: one user's apps
      : await countQuery.where(eq(schema.apps.userId, userId)); // quiet: each completed query is planned, both pin one user
    return Response.json({ count: rows[0]?.count ?? 0 });
  },
} satisfies ExportedHandler<Env>;
