import { AgentClient } from "agents/client";

// The plain client, named after the signed-in user.
export function connect(userId: string) {
  return new AgentClient({ agent: "chat-room", name: userId, host: location.host }); // quiet: one instance per user
}
