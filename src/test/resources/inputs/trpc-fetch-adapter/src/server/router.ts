import { z } from "zod";
import { router, publicProcedure, userProcedure, ownerProcedure } from "./trpc";

export const appRouter = router({
  prefs: router({
    get: publicProcedure.input(z.string()).query(({ ctx, input }) => ctx.prefs.get(`prefs:${input}`)),
    set: userProcedure.input(z.object({ key: z.string(), value: z.string() })).mutation(({ ctx, input }) => ctx.prefs.put(`prefs:${input.key}`, input.value)),
  }),
  admin: router({
    wipe: ownerProcedure.mutation(async ({ ctx }) => ctx.prefs.list()),
  }),
});
