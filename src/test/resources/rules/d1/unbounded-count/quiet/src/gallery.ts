import { drizzle } from "drizzle-orm/d1";
import { and, eq, gte, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

const posts = sqliteTable("posts", {
  id: text("id").primaryKey(),
  ownerId: text("owner_id"),
  visibility: text("visibility").notNull(),
  createdAt: integer("created_at").notNull(),
});

export class GalleryService {
  constructor(private db: D1Database) {}

  // Public posts of the last day: the index reads only that window, about what a day of traffic adds.
  async postedSince(since: number): Promise<number> {
    const where = and(eq(posts.visibility, "public"), gte(posts.createdAt, since));
    const [row] = await drizzle(this.db).select({ n: sql<number>`COUNT(*)` }).from(posts).where(where); // quiet: a time window read from the index
    return row.n;
  }
}
