import { Hono } from "hono";

export type Bindings = { AI: Ai; ANSWERS: KVNamespace };

// Every sub-app of the Worker is made here, so each gets the same typed bindings.
export const createApp = () => new Hono<{ Bindings: Bindings }>();
