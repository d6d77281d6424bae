import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { count, desc, eq, sql } from "drizzle-orm";
import { replies, threads } from "./schema";

// A small repository: one raw statement written with Drizzle's sql tag, one ranking by an aggregate.
class ThreadRepository {
  private db;
  constructor(d1: D1Database) {
    this.db = drizzle(d1);
  }

  latest(board: string) {
    // expect: d1/full-table-scan contains: scans all of `threads`
    return this.db.all(sql`SELECT * FROM ${threads} WHERE ${threads.board} = ${board} ORDER BY ${threads.createdAt} DESC LIMIT 20`);
  }

  busiest() {
    return this.db
      // expect: d1/full-table-scan contains: scans all of `replies`
      .select({ id: threads.id, replies: count(replies.id) })
      .from(threads)
      .leftJoin(replies, eq(replies.threadId, threads.id))
      .groupBy(threads.id)
      .orderBy(desc(count(replies.id)))
      .limit(10);
  }
}

const app = new Hono<{ Bindings: Env }>();
app.get("/boards/:board", async (c) => c.json(await new ThreadRepository(c.env.DB).latest(c.req.param("board"))));
app.get("/busiest", async (c) => c.json(await new ThreadRepository(c.env.DB).busiest()));
export default app;
