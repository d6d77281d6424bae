// A router built per request from a list of paths another module exports, and a health check over two status pages.
import { Router } from "itty-router";
import { RELAYED_PATHS, STATUS_PAGES } from "./paths";

const relay = async (request: Request) => {
  const url = new URL(request.url);
  // quiet: the forEach registers one route per listed path; the relay runs once per request, not once per path
  return fetch(`https://upstream.example${url.pathname}`, { method: request.method, body: request.body, signal: AbortSignal.timeout(30_000) });
};

const health = async () => {
  const results: number[] = [];
  for (const page of STATUS_PAGES) {
    // quiet: two status pages written out in paths.ts, a count the code fixes
    results.push((await fetch(page, { signal: AbortSignal.timeout(2_000) })).status);
  }
  return Response.json(results);
};

const buildRouter = () => {
  const router = Router();
  RELAYED_PATHS.forEach((path) => {
    router.all(path, relay);
  });
  router.get("/health", health);
  return router;
};

export default {
  fetch: (request: Request, env: unknown, ctx: ExecutionContext) => buildRouter().fetch(request, env, ctx),
};
