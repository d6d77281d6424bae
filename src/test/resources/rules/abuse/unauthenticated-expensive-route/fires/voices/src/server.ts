import { Agent, callable, routeAgentRequest } from "agents";
import { speechClient } from "./lib/speech";

export class NarratorAgent extends Agent<Env, { voiceId: string }> {
  // text to speech is billed per character on the owner's account, and any visitor can ask for any text
  @callable()
  async narrate(text: string): Promise<string> {
    // expect: abuse/unauthenticated-expensive-route contains: calls a paid API on the owner's key
    const client = speechClient(this.env.SPEECH_API_KEY);
    const audio = await client.textToSpeech.convert(this.state.voiceId, { text });
    return new Response(audio).text();
  }

  // listing the account's voices is not billed: no finding here
  @callable()
  async voices(): Promise<string[]> {
    const client = speechClient(this.env.SPEECH_API_KEY);
    const found = await client.voices.search({ pageSize: 20 });
    return (found.voices ?? []).map((v) => v.name ?? "");
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routeAgentRequest(request, env)) ?? new Response("Not Found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
