import { createFileRoute } from "@tanstack/react-router";
import { env } from "cloudflare:workers";
import { NoteForm } from "../components/note-form";

export const Route = createFileRoute("/")({
  server: {
    handlers: {
      POST: async ({ request }) => {
        // expect: workers/buffered-body
        const form = await request.formData();
        const upload = form.get("upload") as File;
        // expect: abuse/unauthenticated-expensive-route
        await env.FILES.put(crypto.randomUUID(), upload);
        return Response.json({ ok: true });
      },
    },
  },
  component: () => NoteForm(),
});
