// An Agent that starts a Workflow with the number of sections a visitor asks for; the Workflow reports back to the
// Agent after every section, so the RPCs per run grow with a number the client picked.
import { Agent, routeAgentRequest } from "agents";
import { AgentWorkflow } from "agents/workflows";
import type { AgentWorkflowEvent, AgentWorkflowStep } from "agents/workflows";

type BuildParams = { title: string; sections: number };

export class ReportAgent extends Agent<Env> {
  async build(title: string, sections: number) {
    return this.runWorkflow("BUILD_REPORT", { title, sections });
  }

  async sectionDone(index: number) {
    this.setState({ ...this.state, done: index });
  }
}

export class BuildReport extends AgentWorkflow<ReportAgent, BuildParams> {
  async run(event: AgentWorkflowEvent<BuildParams>, step: AgentWorkflowStep) {
    const { title, sections } = event.payload;
    for (let i = 0; i < sections; i++) {
      await step.do(`section-${i}`, async () => ({ title, index: i }));
      // expect: workers/subrequests-in-loop
      await this.reportProgress({ step: i + 1, total: sections });
    }
    await step.reportComplete({ title });
  }
}

export default {
  async fetch(request: Request, env: Env) {
    return (await routeAgentRequest(request, env)) ?? new Response("not found", { status: 404 });
  },
};
