/** Drafts kept in KV, one key each, read through the class. */
export class Drafts {
  static async load(env: Env, id: string) {
    // expect: kv/get-in-loop
    return env.CACHE.get(`draft:${id}`);
  }
}

// a consumer also reads one draft per message; the route below reads one per id the client lists
export const draftConsumer = {
  async queue(batch: MessageBatch<{ id: string }>, env: Env) {
    for (const message of batch.messages) {
      await Drafts.load(env, message.body.id);
      message.ack();
    }
  },
};
