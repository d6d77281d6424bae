import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const threads = sqliteTable("threads", {
  id: text("id").primaryKey(),
  board: text("board").notNull(),
  title: text("title").notNull(),
  createdAt: integer("created_at").notNull(),
});

export const replies = sqliteTable("replies", {
  id: text("id").primaryKey(),
  threadId: text("thread_id").notNull(),
  body: text("body").notNull(),
});
