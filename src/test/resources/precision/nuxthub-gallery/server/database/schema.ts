import { relations } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey(),
  login: text("login").notNull(),
});

export const photos = sqliteTable("photos", {
  id: integer("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  ownerId: integer("owner_id").notNull(),
  status: text("status").notNull(),
  title: text("title").notNull(),
  createdAt: integer("created_at").notNull(),
});

export const photoTags = sqliteTable("photo_tags", {
  photoId: integer("photo_id").notNull(),
  tag: text("tag").notNull(),
});

export const photosRelations = relations(photos, ({ one, many }) => ({
  owner: one(users, { fields: [photos.ownerId], references: [users.id] }),
  tags: many(photoTags),
}));

export const photoTagsRelations = relations(photoTags, ({ one }) => ({
  photo: one(photos, { fields: [photoTags.photoId], references: [photos.id] }),
}));
