import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const projects = sqliteTable("projects", {
  id: text("id").primaryKey(),
  ownerId: text("owner_id"),
  name: text("name").notNull(),
  summary: text("summary"),
  visibility: text("visibility").notNull(),
  updatedAt: integer("updated_at").notNull(),
}, (t) => [index("projects_owner_idx").on(t.ownerId)]);

export const likes = sqliteTable("likes", {
  id: text("id").primaryKey(),
  projectId: text("project_id").notNull(),
  userId: text("user_id").notNull(),
}, (t) => [index("likes_project_idx").on(t.projectId)]);

export const visits = sqliteTable("visits", {
  id: text("id").primaryKey(),
  projectId: text("project_id").notNull(),
  visitorKey: text("visitor_key").notNull(),
  visitedAt: integer("visited_at").notNull(),
}, (t) => [uniqueIndex("visits_project_visitor_idx").on(t.projectId, t.visitorKey)]);

export const loginAudit = sqliteTable("login_audit", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull(),
  ok: integer("ok").notNull(),
});

export const profiles = sqliteTable("profiles", {
  userId: text("user_id").primaryKey(),
  bio: text("bio"),
});
