// a module of handlers exported as one object, registered by the route file as drafts.write
const write = async (c) => {
  const { topic } = await c.req.json();
  // quiet: registered on the shared router the security module guards
  const draft = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Draft a reply about ${topic}` });
  return c.json(draft);
};

const health = (c) => c.text("ok");

export default { write, health };
