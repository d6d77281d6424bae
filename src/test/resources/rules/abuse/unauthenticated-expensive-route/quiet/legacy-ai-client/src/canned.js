// a stand-in used in demos: the same shape as the model client, answers from a fixed table
const POEMS = { sea: "Waves on waves", moon: "Silver and still" };

export class Ai {
  constructor(binding) {
    this.binding = binding;
  }

  async run(_model, { prompt }) {
    const topic = Object.keys(POEMS).find((k) => prompt.includes(k));
    return { response: topic ? POEMS[topic] : "No poem today" };
  }
}
