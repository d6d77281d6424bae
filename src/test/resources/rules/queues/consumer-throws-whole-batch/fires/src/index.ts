import { captionImage } from "./caption";

type Event = { key: string };

export default {
  async queue(batch: MessageBatch<Event>, env: Env): Promise<void> {
    // expect: queues/consumer-throws-whole-batch
    for (const message of batch.messages) {
      await captionImage(env, message.body.key);
    }
  },
} satisfies ExportedHandler<Env, Event>;
