import { captionImage } from "./caption";

type Event = { key: string };

export default {
  async queue(batch: MessageBatch<Event>, env: Env): Promise<void> {
    // quiet: each message settled on its own: a failure redelivers only that message
    for (const message of batch.messages) {
      try {
        await captionImage(env, message.body.key);
        message.ack();
      } catch {
        message.retry({ delaySeconds: 60 });
      }
    }
  },
} satisfies ExportedHandler<Env, Event>;
