import { relations } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const notes = sqliteTable("notes", {
  id: integer("id").primaryKey(),
  ownerId: integer("owner_id").notNull(),
  visibility: text("visibility").notNull(),
  title: text("title").notNull(),
  createdAt: integer("created_at").notNull(),
});

export const tags = sqliteTable("tags", {
  noteId: integer("note_id").notNull(),
  label: text("label").notNull(),
});

export const notesRelations = relations(notes, ({ many }) => ({ tags: many(tags) }));
export const tagsRelations = relations(tags, ({ one }) => ({ note: one(notes, { fields: [tags.noteId], references: [notes.id] }) }));
