import { SETTINGS } from "#/config";

export interface Step {
  run(update: any): Promise<Response | null>;
}

export class RejectEdits implements Step {
  run = async (update: any) => (update.edited_message ? new Response("ignored") : null);
}

// Remembers the last message ids of a chat in one key: read, push, write back on every message.
export class SkipSeen implements Step {
  run = async (update: any) => {
    if (!SETTINGS.DEDUPE) return null;
    const key = `seen:${update.message.chat.id}`;
    const seen: number[] = JSON.parse((await SETTINGS.STORE.get(key)) ?? "[]");
    if (seen.includes(update.message.message_id)) return new Response("duplicate");
    seen.push(update.message.message_id);
    // expect: kv/read-modify-write
    await SETTINGS.STORE.put(key, JSON.stringify(seen.slice(-100)));
    return null;
  };
}

export class MessageSteps implements Step {
  steps: Step[];
  constructor(steps: Step[]) {
    this.steps = steps;
  }

  run = async (update: any) => {
    for (const step of this.steps) {
      const done = await step.run(update);
      if (done) return done;
    }
    return null;
  };
}
