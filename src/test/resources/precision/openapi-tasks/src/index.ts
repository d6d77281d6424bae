import { fromHono } from "chanfana";
import { Hono } from "hono";
import { TaskList } from "./endpoints/taskList";
const app = new Hono<{ Bindings: Env }>();
const openapi = fromHono(app, { docs_url: "/" });
openapi.get("/api/tasks", TaskList);
export default app;
