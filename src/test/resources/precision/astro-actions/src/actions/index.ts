import { ActionError, defineAction as action } from "astro:actions";
import { env } from "cloudflare:workers";
import { z } from "astro/zod";

const MODEL = "@cf/meta/llama-3.1-70b-instruct";

export const server = {
  // any visitor can post to /_actions/summarise: every call is a paid inference
  summarise: action({
    accept: "json",
    input: z.object({ text: z.string() }),
    handler: async ({ text }) => {
      // expect: abuse/unauthenticated-expensive-route
      const answer = await env.AI.run(MODEL, { prompt: `Summarise: ${text}` });
      return answer;
    },
  }),
  summariseMine: action({
    accept: "json",
    input: z.object({ text: z.string() }),
    handler: async ({ text }, context) => {
      if (!context.locals.user) {
        throw new ActionError({ code: "UNAUTHORIZED", message: "sign in first" });
      }
      // quiet: only a signed-in user reaches the model
      return env.AI.run(MODEL, { prompt: `Summarise: ${text}` });
    },
  }),
};
