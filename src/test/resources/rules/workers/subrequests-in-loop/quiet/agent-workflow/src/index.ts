// The same Agent and Workflow, reporting over a fixed set of phases, and a Workflow-shaped class nothing binds.
import { Agent, routeAgentRequest } from "agents";
import { AgentWorkflow } from "agents/workflows";
import type { AgentWorkflowEvent, AgentWorkflowStep } from "agents/workflows";

type BuildParams = { title: string };
const PHASES = ["outline", "draft", "review"];

export class ReportAgent extends Agent<Env> {
  async build(title: string) {
    return this.runWorkflow("BUILD_REPORT", { title });
  }

  async phaseDone(phase: string) {
    this.setState({ ...this.state, phase });
  }
}

export class BuildReport extends AgentWorkflow<ReportAgent, BuildParams> {
  async run(event: AgentWorkflowEvent<BuildParams>, step: AgentWorkflowStep) {
    for (const phase of PHASES) {
      await step.do(phase, async () => event.payload.title);
      // quiet: three phases written out, not a count the input sets
      await this.agent.phaseDone(phase);
    }
  }
}

// quiet: no config binds this class as a Workflow, so nothing runs it
export class DraftReport extends AgentWorkflow<ReportAgent, BuildParams & { pages: string[] }> {
  async run(event: AgentWorkflowEvent<BuildParams & { pages: string[] }>, step: AgentWorkflowStep) {
    for (const page of event.payload.pages) {
      await this.agent.phaseDone(page);
    }
  }
}

export default {
  async fetch(request: Request, env: Env) {
    return (await routeAgentRequest(request, env)) ?? new Response("not found", { status: 404 });
  },
};
