import { createFileRoute } from "@tanstack/react-router";
import { env } from "cloudflare:workers";

export const Route = createFileRoute("/api/files/$name")({
  server: {
    handlers: {
      async GET({ params }) {
        const file = await env.FILES.get(params.name);
        if (!file) return new Response("not found", { status: 404 });
        // expect: r2/buffered-body
        return new Response(await file.arrayBuffer());
      },
      HEAD: async ({ params }) => {
        // quiet: streams the body instead of buffering it
        const file = await env.FILES.get(params.name);
        return new Response(file?.body ?? null);
      },
    },
  },
});
