// Agent classes built by a factory from the task they run.
import { Agent, routeAgentRequest } from "agents";
import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";

type Task = (input: string, model: ReturnType<typeof createOpenAI>) => Promise<unknown>;

function agentFor(task: Task) {
  return class TaskAgent extends Agent<Env> {
    model = createOpenAI({ apiKey: this.env.OPENAI_API_KEY });

    async onMessage(_connection: unknown, message: string) {
      await task(JSON.parse(message).input, this.model);
    }
  };
}

// Three fixed reviews side by side: a written-out list, not one call per item of the input.
export const Reviewer = agentFor(async (input, model) =>
  Promise.all([
    generateText({ model: model("gpt-4o"), prompt: `security: ${input}` }), // quiet: a fixed three calls
    generateText({ model: model("gpt-4o"), prompt: `performance: ${input}` }),
    generateText({ model: model("gpt-4o"), prompt: `style: ${input}` }),
  ]),
);

// Built by the same factory, but no config binds it: nothing runs it.
export const Drafter = agentFor(async (input, model) => {
  const outline = (await generateText({ model: model("gpt-4o"), prompt: input })).text.split("\n");
  return Promise.all(outline.map((line) => generateText({ model: model("gpt-4o"), prompt: line }))); // quiet: an unbound class, no entry reaches it
});

export default {
  async fetch(request: Request, env: Env) {
    return (await routeAgentRequest(request, env)) ?? new Response("not found", { status: 404 });
  },
};
