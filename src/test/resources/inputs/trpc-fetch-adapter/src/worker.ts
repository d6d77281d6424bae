import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "./server/router";
import { createContext } from "./server/context";

export default {
  async fetch(request: Request, env: { PREFS: KVNamespace }) {
    return fetchRequestHandler({ endpoint: "/api", req: request, router: appRouter, createContext: () => createContext(env, request) });
  },
};
