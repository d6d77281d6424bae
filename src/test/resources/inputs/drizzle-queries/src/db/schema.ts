import { relations } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey(),
  email: text("email").notNull().unique(),
  plan: text("plan").notNull(),
});

export const posts = sqliteTable("posts", {
  id: integer("id").primaryKey(),
  authorId: integer("author_id").notNull(),
  status: text("status").notNull(),
  title: text("title").notNull(),
  createdAt: integer("created_at").notNull(),
}, (t) => [index("posts_author_idx").on(t.authorId)]);

export const comments = sqliteTable("comments", {
  postId: integer("post_id").notNull(),
  userId: integer("user_id").notNull(),
  body: text("body").notNull(),
}, (t) => ({ pk: primaryKey({ columns: [t.postId, t.userId] }) }));

export const postsRelations = relations(posts, ({ one, many }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id] }),
  comments: many(comments),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  post: one(posts, { fields: [comments.postId], references: [posts.id] }),
}));
