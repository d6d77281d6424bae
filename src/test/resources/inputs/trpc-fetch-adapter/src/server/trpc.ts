import { initTRPC, TRPCError } from "@trpc/server";

const t = initTRPC.create();
const requireUser = t.middleware(({ ctx, next }) => next());
export const router = t.router;
export const publicProcedure = t.procedure;
export const userProcedure = t.procedure.use(requireUser);
export const ownerProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.user !== "owner") throw new TRPCError({ code: "FORBIDDEN" });
  return next();
});
