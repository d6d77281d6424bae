import { createServerFn } from "@tanstack/react-start";
import { env } from "cloudflare:workers";

const base = createServerFn({ method: "POST" });

// a server function is a POST endpoint any visitor's browser (or a script) can call
export const saveNote = base
  .inputValidator((data: { id: string; text: string }) => data)
  .handler(async ({ data }) => {
    // expect: abuse/unauthenticated-expensive-route
    // expect: storage/unbounded-growth
    await env.NOTES.put(`note:${data.id}:${Date.now()}`, data.text);
    return data.id;
  });

export const saveDraft = createServerFn({ method: "POST" }).handler(async ({ data, request }) => {
  // quiet: the caller must carry the session token before anything is written
  if (request.headers.get("Authorization") !== `Bearer ${env.NOTES_TOKEN}`) {
    return new Response("unauthorized", { status: 401 });
  }
  await env.NOTES.put(`draft:${data.id}`, String(data.text), { expirationTtl: 3600 });
});
