import { Agent, type Connection } from "agents";

const IDLE_SECONDS = 10 * 60;
const IDLE_CALLBACK = "onIdle";

/** Base of the demo agents: once the last client has left for ten minutes, the object deletes itself. */
export class SessionAgent<State = unknown> extends Agent<Env, State> {
  onClose(_connection: Connection) {
    if ([...this.getConnections()].length === 0) {
      this.schedule(IDLE_SECONDS, IDLE_CALLBACK, {});
    }
  }

  async onIdle() {
    if ([...this.getConnections()].length === 0) {
      await this.destroy();
    }
  }
}
