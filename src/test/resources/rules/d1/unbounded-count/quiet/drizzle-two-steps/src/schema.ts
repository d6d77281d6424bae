import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";
export const apps = sqliteTable("apps", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  userId: text("user_id").notNull(),
  visibility: text("visibility").notNull(),
  createdAt: integer("created_at").notNull(),
});
