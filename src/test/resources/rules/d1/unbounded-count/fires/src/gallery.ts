import { drizzle } from "drizzle-orm/d1";
import { eq, or, isNull, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

const posts = sqliteTable("posts", {
  id: text("id").primaryKey(),
  ownerId: text("owner_id"),
  visibility: text("visibility").notNull(),
  createdAt: integer("created_at").notNull(),
});

export class GalleryService {
  constructor(private db: D1Database) {}

  // The pager total of the public gallery: every public or anonymous post, found by index and then counted one by one.
  async publicTotal(): Promise<number> {
    const where = or(eq(posts.visibility, "public"), isNull(posts.ownerId));
    // expect: d1/unbounded-count contains: the filter does not pin one entity
    const [row] = await drizzle(this.db).select({ n: sql<number>`COUNT(*)` }).from(posts).where(where);
    return row.n;
  }
}
