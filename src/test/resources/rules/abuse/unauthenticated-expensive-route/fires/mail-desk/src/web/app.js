import { Hono } from "hono";

// one router for the whole Worker: each file under routes/ imports it and adds its routes
const router = new Hono();
export default router;
