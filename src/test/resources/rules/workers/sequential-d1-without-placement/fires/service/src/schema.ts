import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const boards = sqliteTable("boards", { id: text("id").primaryKey(), ownerId: text("owner_id").notNull() });
export const pins = sqliteTable("pins", { id: text("id").primaryKey(), boardId: text("board_id").notNull() });
export const follows = sqliteTable("follows", { id: text("id").primaryKey(), ownerId: text("owner_id").notNull(), since: integer("since") });
