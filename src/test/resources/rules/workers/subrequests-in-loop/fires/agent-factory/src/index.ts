// Each bound Agent class is built by one factory from the task it runs: the config names the constants, and the
// class's message handler runs the function the factory was given.
import { Agent, routeAgentRequest } from "agents";
import { generateObject, generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";

type Task = (input: string, model: ReturnType<typeof createOpenAI>) => Promise<unknown>;

function agentFor(task: Task) {
  return class TaskAgent extends Agent<Env> {
    model = createOpenAI({ apiKey: this.env.OPENAI_API_KEY });

    async onMessage(_connection: unknown, message: string) {
      const { input } = JSON.parse(message);
      await task(input, this.model);
    }
  };
}

export const Planner = agentFor(async (input, model) => {
  const plan = await generateObject({ model: model("gpt-4o"), prompt: input, schema: {} as any });
  const steps = (plan.object as { steps: string[] }).steps;
  return Promise.all(
    steps.map((step) =>
      // expect: workers/subrequests-in-loop contains: AI SDK call
      generateText({ model: model("gpt-4o"), prompt: step }),
    ),
  );
});

export const Summarizer = agentFor(async (input, model) => generateText({ model: model("gpt-4o-mini"), prompt: input }));

export default {
  async fetch(request: Request, env: Env) {
    return (await routeAgentRequest(request, env)) ?? new Response("not found", { status: 404 });
  },
};
