import { PrismaClient } from "@prisma/client";
import { PrismaD1 } from "@prisma/adapter-d1";
import { Kysely } from "kysely";
import { D1Dialect } from "kysely-d1";

// Referral codes used at signup go through Prisma's D1 adapter: one row per signup, and nothing removes or changes one.
export async function recordReferral(db: D1Database, email: string, code: string) {
  const prisma = new PrismaClient({ adapter: new PrismaD1(db) });
  // expect: storage/unbounded-growth contains: appends a row to `referral` per call
  await prisma.referral.create({ data: { email, code, createdAt: Date.now() } });
  // the referrer's tally: an upsert replaces its row, so this table does not grow per call
  await recordConsent(new Kysely<any>({ dialect: new D1Dialect({ database: db }) }), email);
  await prisma.referrerTally.upsert({ where: { code }, update: { uses: { increment: 1 } }, create: { code, uses: 1 } });
}

// The same signup's marketing consent goes through Kysely: appended per signup, while the per-email preference is an upsert.
export async function recordConsent(db: Kysely<any>, email: string) {
  // expect: storage/unbounded-growth contains: appends a row to `consent_log` per call
  await db.insertInto("consent_log").values({ email, given_at: Date.now() }).execute();
  // quiet: onConflict(...).doUpdateSet keeps one row per email
  await db.insertInto("mail_prefs").values({ email, opted_in: 1 }).onConflict((oc) => oc.column("email").doUpdateSet({ opted_in: 1 })).execute();
}
