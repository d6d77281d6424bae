import { useAgent } from "agents/react";

export function Chat() {
  // expect: durable-objects/singleton-on-hot-path contains: useAgent without name
  const chat = useAgent({ agent: "chat-room" });
  // the same lobby instance as the server's getAgentByName: reported once, there
  const lobby = useAgent({ agent: "lobby", name: "main" });
  return <div>{chat.state}{lobby.state}</div>;
}
