import { useAgent } from "agents/react";

export function Chat({ userId }: { userId: string }) {
  const mine = useAgent({ agent: "chat-room", name: userId }); // quiet: one room per user
  const sample = useAgent({ agent: "notes", name: "demo-notes" }); // quiet: replace with your own notes name
  const other = useAgent({ agent: "support-bot" }); // quiet: a class this Worker does not bind
  return <div>{mine.state}{sample.state}{other.state}</div>;
}
