import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { notes } from "../schema";
import { publicProcedure, protectedProcedure, staffProcedure, router } from "../trpc";

const MODEL = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";

export const notesRouter = router({
  recent: publicProcedure.query(async ({ ctx }) => {
    const { results } = await ctx.env.DB.prepare("SELECT id, body FROM notes ORDER BY created_at DESC LIMIT 20").all();
    return results;
  }),

  // the Drizzle client the context factory builds
  byTag: publicProcedure.input(z.string()).query(async ({ ctx, input }) => {
    // expect: d1/full-table-scan
    // expect: d1/select-star-without-limit
    return ctx.db.select().from(notes).where(eq(notes.tag, input));
  }),

  // anyone can make the Worker run a large model, once per call
  summarize: publicProcedure.input(z.object({ text: z.string() })).mutation(async ({ ctx, input }) => {
    // expect: abuse/unauthenticated-expensive-route
    // expect: ai/expensive-model-uncached
    return ctx.env.AI.run(MODEL, { prompt: `Summarize: ${input.text}` });
  }),

  retag: protectedProcedure.input(z.array(z.object({ id: z.string(), tag: z.string() }))).mutation(async ({ ctx, input }) => {
    for (const note of input) {
      // expect: d1/query-in-loop
      await ctx.env.DB.prepare("UPDATE notes SET tag = ? WHERE id = ? AND owner = ?").bind(note.tag, note.id, ctx.userId).run();
    }
    return { ok: true };
  }),

  // signed-in callers only: the middleware of protectedProcedure refuses the others
  explain: protectedProcedure.input(z.string()).mutation(async ({ ctx, input }) => {
    // expect: ai/expensive-model-uncached
    return ctx.env.AI.run(MODEL, { prompt: input }); // quiet: abuse/unauthenticated-expensive-route (UNAUTHORIZED middleware)
  }),

  // staff only, through a middleware built with t.middleware
  rewriteAll: staffProcedure.mutation(async ({ ctx }) => {
    // expect: ai/expensive-model-uncached
    return ctx.env.AI.run(MODEL, { prompt: "rewrite the style guide" }); // quiet: abuse/unauthenticated-expensive-route (FORBIDDEN middleware)
  }),

  // the resolver refuses anonymous callers itself
  draft: publicProcedure.input(z.string()).mutation(async ({ ctx, input }) => {
    if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED" });
    // expect: ai/expensive-model-uncached
    return ctx.env.AI.run(MODEL, { prompt: input }); // quiet: abuse/unauthenticated-expensive-route (the resolver refuses)
  }),
});
