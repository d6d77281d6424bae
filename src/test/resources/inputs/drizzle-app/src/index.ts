import { drizzle } from "drizzle-orm/d1";
import { and, desc, eq, gt, isNotNull } from "drizzle-orm";
import { users, posts } from "./db/schema";
import * as schema from "./db/schema";

export default {
  async fetch(request: Request, env: { DB: D1Database }) {
    const db = drizzle(env.DB, { schema });
    const email = new URL(request.url).searchParams.get("email") ?? "";
    const user = await db.select().from(users).where(eq(users.email, email)).limit(1);
    const byId = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, 1));
    const feed = await db.select().from(posts).where(and(eq(posts.authorId, 1), isNotNull(posts.publishedAt)))
      .orderBy(desc(posts.publishedAt)).limit(20);
    const recent = await db.select().from(schema.users).where(gt(schema.users.createdAt, new Date())).orderBy(desc(users.createdAt));
    await db.update(users).set({ plan: "pro" }).where(eq(users.email, email));
    await db.delete(posts).where(eq(posts.authorId, 2));
    return Response.json({ user, byId, feed, recent });
  },
};

// a column the migrations do not have (renamed by a casing option the translation does not model):
// the advisor must not claim the query is invalid
import { sqliteTable, text } from "drizzle-orm/sqlite-core";
export const sessions = sqliteTable("users", { token: text() });
export async function bySession(env: { DB: D1Database }, token: string) {
  return drizzle(env.DB).select().from(sessions).where(eq(sessions.token, token));
}

// the relational query API
export async function profile(env: { DB: D1Database }, email: string) {
  const db = drizzle(env.DB, { schema });
  const user = await db.query.users.findFirst({ where: eq(users.email, email), columns: { id: true, plan: true } });
  const latest = await db.query.posts.findMany({
    where: (p, { gt }) => gt(p.publishedAt, 0),
    orderBy: (p, { desc }) => [desc(p.publishedAt)],
    limit: 10,
  });
  return { user, latest };
}
