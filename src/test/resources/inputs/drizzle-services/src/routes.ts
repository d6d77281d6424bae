import { Hono } from "hono";
import { adapt } from "./adapter";
import { listGallery } from "./controllers/gallery";
import { login, saveProfile, showProject } from "./controllers/project";

export function registerRoutes(app: Hono) {
  const gallery = new Hono();
  gallery.get("/", adapt(listGallery));
  gallery.get("/:id", adapt(showProject));
  gallery.post("/login", adapt(login));
  gallery.put("/profile", adapt(saveProfile));
  app.route("/api/projects", gallery);
}
