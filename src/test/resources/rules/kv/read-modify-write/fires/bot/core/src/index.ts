import { SETTINGS } from "#/config";
import { MessageSteps, RejectEdits, SkipSeen } from "#/bot/steps";

// Every update goes through these steps in order, until one answers.
const STEPS = [new RejectEdits(), new MessageSteps([new SkipSeen()])];

export default {
  async fetch(request: Request, env: any): Promise<Response> {
    SETTINGS.load(env);
    const update = await request.json();
    for (const step of STEPS) {
      const done = await step.run(update);
      if (done) return done;
    }
    return new Response("ok");
  },
};
