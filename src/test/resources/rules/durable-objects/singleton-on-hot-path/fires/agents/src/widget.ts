import { AgentClient } from "agents/client";

// An embeddable widget without React: the client's name is left out, so every page shares the "default" instance.
// expect: durable-objects/singleton-on-hot-path contains: new AgentClient without name
export const client = new AgentClient({ agent: "ticker", host: location.host });
