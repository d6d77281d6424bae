import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const recipes = sqliteTable("recipes", {
  id: text("id").primaryKey(),
  ownerId: text("owner_id").notNull(),
  title: text("title").notNull(),
});

export const recipeVisits = sqliteTable("recipe_visits", {
  id: text("id").primaryKey(),
  recipeId: text("recipe_id").notNull(),
  visitor: text("visitor").notNull(),
  seenAt: integer("seen_at").notNull(),
});
