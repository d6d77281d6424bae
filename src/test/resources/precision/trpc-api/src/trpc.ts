import { initTRPC, TRPCError } from "@trpc/server";
import type { DrizzleD1Database } from "drizzle-orm/d1";
import type { Env } from "./index";

type Context = { env: Env; db: DrizzleD1Database; userId: string | null };

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const publicProcedure = t.procedure;

export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.userId) {
    throw new TRPCError({ code: "UNAUTHORIZED" });
  }
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

const isStaff = t.middleware(({ ctx, next }) => {
  if (!ctx.userId?.startsWith("staff:")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "staff only" });
  }
  return next();
});

export const staffProcedure = protectedProcedure.use(isStaff);
