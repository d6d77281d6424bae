import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { recordReferral } from "./referrals";

const signupEvents = sqliteTable("signup_events", {
  id: integer("id").primaryKey(),
  email: text("email").notNull(),
  createdAt: integer("created_at").notNull(),
});

const drafts = sqliteTable("drafts", {
  id: integer("id").primaryKey(),
  email: text("email").notNull(),
  body: text("body"),
});

// Every signup is logged through Drizzle and nothing prunes the log; the delete below names another table.
export async function recordSignup(db: D1Database, email: string) {
  const orm = drizzle(db);
  // expect: storage/unbounded-growth contains: appends a row to `signup_events` per call
  await orm.insert(signupEvents).values({ email, createdAt: Date.now() });
  await orm.delete(drafts).where(eq(drafts.email, email));
  await saveDraft(orm, email, "hello");
  await recordReferral(db, email, "launch");
}

// An update whose values a const holds: still an update of drafts only, so the log above stays append-only.
async function saveDraft(orm: ReturnType<typeof drizzle>, email: string, body: string) {
  const changes = { body };
  await orm.update(drafts).set(changes).where(eq(drafts.email, email));
}
