import usePartySocket from "partysocket/react";

export function Presence() {
  const socket = usePartySocket({
    party: "globe",
    // expect: durable-objects/singleton-on-hot-path contains: usePartySocket with the fixed room "default"
    room: "default",
    onMessage(event: MessageEvent) {
      console.log(event.data);
    },
  });
  return <span>{socket.id}</span>;
}
