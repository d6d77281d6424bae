import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { count, eq, sql } from "drizzle-orm";
import { replies, threads } from "./schema";

// A small repository: one raw statement written with Drizzle's sql tag, one count of a thread's replies.
class ThreadRepository {
  private db;
  constructor(d1: D1Database) {
    this.db = drizzle(d1);
  }

  latest(board: string) {
    // quiet: the raw statement is planned and served by threads_board_created_idx
    return this.db.all(sql`SELECT * FROM ${threads} WHERE ${threads.board} = ${board} ORDER BY ${threads.createdAt} DESC LIMIT 20`);
  }

  replyCount(threadId: string) {
    // quiet: a count pinned to one thread through replies_thread_idx
    return this.db.select({ n: count() }).from(replies).where(eq(replies.threadId, threadId));
  }
}

const app = new Hono<{ Bindings: Env }>();
app.get("/boards/:board", async (c) => c.json(await new ThreadRepository(c.env.DB).latest(c.req.param("board"))));
app.get("/threads/:id/replies", async (c) => c.json(await new ThreadRepository(c.env.DB).replyCount(c.req.param("id"))));
export default app;
