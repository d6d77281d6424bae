import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const notes = sqliteTable("notes", {
  id: text("id").primaryKey(),
  owner: text("owner").notNull(),
  body: text("body").notNull(),
  tag: text("tag"),
  createdAt: integer("created_at").notNull(),
});
