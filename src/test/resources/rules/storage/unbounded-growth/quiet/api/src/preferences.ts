import { drizzle } from "drizzle-orm/d1";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { eq } from "drizzle-orm";

const preferences = sqliteTable("preferences", {
  userId: text("user_id").primaryKey(),
  locale: text("locale").notNull(),
});

export async function savePreference(db: D1Database, userId: string, locale: string) {
  // quiet: an upsert (onConflictDoUpdate) keeps one row per user: grows with users, not with requests
  await drizzle(db).insert(preferences).values({ userId, locale }).onConflictDoUpdate({ target: preferences.userId, set: { locale } });
}

const notes = sqliteTable("notes", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  body: text("body"),
});

export async function addNote(db: D1Database, id: string, userId: string) {
  // quiet: notes are edited (an update whose columns the caller chooses): records kept current, not a log
  await drizzle(db).insert(notes).values({ id, userId });
}

export async function editNote(db: D1Database, id: string, changes: Partial<typeof notes.$inferInsert>) {
  await drizzle(db).update(notes).set(changes).where(eq(notes.id, id));
}
