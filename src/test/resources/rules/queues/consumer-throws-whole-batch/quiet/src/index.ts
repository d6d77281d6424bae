import { captionImage } from "./caption";
import { tagThread } from "./threads";

type Event = { key: string } | { threadId: string };

export default {
  async queue(batch: MessageBatch<Event>, env: Env): Promise<void> {
    // quiet: each message settled on its own: a failure redelivers only that message
    for (const message of batch.messages) {
      if ("threadId" in message.body) {
        await tagThread(env, message.body.threadId);
        message.ack();
        continue;
      }
      try {
        await captionImage(env, message.body.key);
        message.ack();
      } catch {
        message.retry({ delaySeconds: 60 });
      }
    }
  },
} satisfies ExportedHandler<Env, Event>;
