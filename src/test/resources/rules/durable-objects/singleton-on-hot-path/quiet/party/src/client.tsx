import { usePartySocket } from "partysocket/react";

export function Feed() {
  const socket = usePartySocket({ party: "pub-sub", room: "default" }); // quiet: sharded by the Worker's own router
  return <span>{socket.id}</span>;
}
