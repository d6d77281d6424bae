import { PrismaClient } from "@prisma/client";
import { PrismaD1 } from "@prisma/adapter-d1";

// Bookmarks made through Prisma, and removed through Prisma too: the table holds what users keep.
export function bookmarks(db: D1Database) {
  const prisma = new PrismaClient({ adapter: new PrismaD1(db) });
  return {
    // quiet: the same table loses rows when a user removes a bookmark
    add: (userId: string, url: string) => prisma.bookmark.create({ data: { userId, url } }),
    remove: (id: string) => prisma.bookmark.delete({ where: { id } }),
  };
}
