import { drizzle } from "drizzle-orm/d1";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";

const preferences = sqliteTable("preferences", {
  userId: text("user_id").primaryKey(),
  locale: text("locale").notNull(),
});

export async function savePreference(db: D1Database, userId: string, locale: string) {
  // quiet: an upsert (onConflictDoUpdate) keeps one row per user: grows with users, not with requests
  await drizzle(db).insert(preferences).values({ userId, locale }).onConflictDoUpdate({ target: preferences.userId, set: { locale } });
}
