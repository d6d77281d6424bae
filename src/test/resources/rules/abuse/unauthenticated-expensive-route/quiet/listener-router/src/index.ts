import { Router } from "itty-router";
import { summarise } from "./handlers/summary";

// quiet: the route checks the board's key before the model runs, and the listener adds no path of its own
addEventListener("fetch", (event: FetchEvent) => {
  const router = Router();
  register(router);
  event.respondWith(router.handle(event.request));
});

function register(router: ReturnType<typeof Router>) {
  router.post("/summary", summarise);
  router.all("*", () => new Response("not found", { status: 404 }));
}
