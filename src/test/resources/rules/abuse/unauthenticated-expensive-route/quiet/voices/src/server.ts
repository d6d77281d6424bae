import { Agent, callable, routeAgentRequest } from "agents";
import { speechClient } from "./lib/speech";

export class NarratorAgent extends Agent<Env, { voiceId: string }> {
  @callable()
  async voices(): Promise<string[]> {
    const client = speechClient(this.env.SPEECH_API_KEY); // quiet: the client only lists the account's voices, which is not billed
    const found = await client.voices.search({ pageSize: 20 });
    return (found.voices ?? []).map((v) => v.name ?? "");
  }

  @callable()
  async voice(id: string): Promise<string> {
    const client = speechClient(this.env.SPEECH_API_KEY); // quiet: reading one voice of the catalogue is not billed either
    const found = await client.voices.get(id);
    return found.name ?? "";
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
