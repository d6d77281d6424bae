import { Server } from "partyserver";
import type { Connection, WSMessage } from "partyserver";
import { YServer } from "y-partyserver";

// quiet: hibernation switched on
export class Whiteboard extends Server {
  static options = { hibernate: true };

  onMessage(connection: Connection, message: WSMessage) {
    this.broadcast(message, [connection.id]);
  }
}

// quiet: y-partyserver with hibernation switched on, next to other options
export class Notes extends YServer {
  static callbackOptions = { debounceWait: 2000 };
  static options = {
    hibernate: true,
  };
}

// quiet: a Server subclass the config does not bind is not a Durable Object of this Worker
export class Draft extends Server {}
