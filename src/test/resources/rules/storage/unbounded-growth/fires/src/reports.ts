import { PrismaClient } from "@prisma/client";
import { PrismaD1 } from "@prisma/adapter-d1";

// Abuse reports go through Prisma's D1 adapter: created per call, and no statement ever removes or changes one.
export async function fileReport(db: D1Database, postId: string, reason: string) {
  const prisma = new PrismaClient({ adapter: new PrismaD1(db) });
  // expect: storage/unbounded-growth contains: appends a row to `report` per call
  await prisma.report.create({ data: { postId, reason, createdAt: Date.now() } });
  // a status kept per post: an upsert replaces its row, so this table does not grow per call
  await prisma.postStatus.upsert({ where: { postId }, update: { flagged: true }, create: { postId, flagged: true } });
}
