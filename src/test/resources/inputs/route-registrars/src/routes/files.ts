import { Hono } from "hono";
import { withUser } from "../adapter";
import { statAll } from "../handlers/files";

export function setupFileRoutes(app: Hono) {
  app.get("/api/files", withUser(statAll));
}
