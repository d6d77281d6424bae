import { PrismaClient } from "@prisma/client";
import { PrismaD1 } from "@prisma/adapter-d1";

// Referral codes used at signup go through Prisma's D1 adapter: one row per signup, and nothing removes or changes one.
export async function recordReferral(db: D1Database, email: string, code: string) {
  const prisma = new PrismaClient({ adapter: new PrismaD1(db) });
  // expect: storage/unbounded-growth contains: appends a row to `referral` per call
  await prisma.referral.create({ data: { email, code, createdAt: Date.now() } });
  // the referrer's tally: an upsert replaces its row, so this table does not grow per call
  await prisma.referrerTally.upsert({ where: { code }, update: { uses: { increment: 1 } }, create: { code, uses: 1 } });
}
