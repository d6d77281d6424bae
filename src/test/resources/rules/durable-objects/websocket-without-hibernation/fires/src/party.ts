import { Server } from "partyserver";
import type { Connection, WSMessage } from "partyserver";
import { YServer } from "y-partyserver";

// PartyServer's default is hibernate: false, so every connected client keeps the object awake.
// expect: durable-objects/websocket-without-hibernation contains: keeps its clients' WebSockets without hibernation
export class Whiteboard extends Server {
  onMessage(connection: Connection, message: WSMessage) {
    this.broadcast(message, [connection.id]);
  }
}

// Options written out, with hibernation switched off explicitly.
// expect: durable-objects/websocket-without-hibernation
export class Notes extends YServer {
  static options = { hibernate: false };
}
