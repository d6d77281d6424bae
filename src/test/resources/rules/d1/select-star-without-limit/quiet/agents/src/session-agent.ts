import { Agent } from "agents";

/** Base of the playground's agents: a scratch object that deletes itself an hour after it was opened. */
export class ScratchAgent<State = unknown> extends Agent<Env, State> {
  async onStart() {
    await this.schedule(60 * 60, "expire", {});
  }

  async expire() {
    await this.destroy();
  }
}
