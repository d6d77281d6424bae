// An Agents SDK Workflow: each report to the Agent that started it is an RPC to that Agent's Durable Object.
import { Agent, routeAgentRequest } from "agents";
import { AgentWorkflow } from "agents/workflows";
import type { AgentWorkflowEvent, AgentWorkflowStep } from "agents/workflows";

type BuildParams = { title: string };

export class ReportAgent extends Agent<Env> {
  async build(title: string) {
    return this.runWorkflow("BUILD_REPORT", { title });
  }

  async outlineReady(title: string) {
    this.setState({ ...this.state, outline: title });
  }
}

export class BuildReport extends AgentWorkflow<ReportAgent, BuildParams> {
  async run(event: AgentWorkflowEvent<BuildParams>, step: AgentWorkflowStep) {
    const outline = await step.do("outline", async () => `# ${event.payload.title}`);
    await this.agent.outlineReady(outline);
    this.broadcastToClients({ outline });
    await this.reportProgress({ step: 1, total: 2 });
    await step.updateAgentState({ outline });
    await step.reportComplete({ outline });
  }
}

export default {
  async fetch(request: Request, env: Env) {
    return (await routeAgentRequest(request, env)) ?? new Response("not found", { status: 404 });
  },
};
