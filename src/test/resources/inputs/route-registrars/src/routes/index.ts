import { Hono } from "hono";
import { setupNoteRoutes } from "./notes";
import { setupFileRoutes } from "./files";

// Each area registers its routes on the app it is given.
export function setupRoutes(app: Hono) {
  setupNoteRoutes(app);
  setupFileRoutes(app);
}
