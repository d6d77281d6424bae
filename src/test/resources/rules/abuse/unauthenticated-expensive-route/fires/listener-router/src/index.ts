import { Router } from "itty-router";
import { summarise } from "./handlers/summary";

// quiet: the listener only hands each request to the router; the route below is where the spend is reported
addEventListener("fetch", (event: FetchEvent) => {
  const router = Router();
  register(router);
  event.respondWith(router.handle(event.request));
});

function register(router: ReturnType<typeof Router>) {
  router.post("/summary", summarise);
  router.all("*", () => new Response("not found", { status: 404 }));
}
