import { DurableObject } from "cloudflare:workers";

export default {
  async fetch(): Promise<Response> {
    return new Response("colo host");
  },
};

// The Worker hosts the class for others (a binding with script_name in another Worker): its own code addresses no
// Durable Object, so the analysis cannot tell who calls it and keeps it on the request path.
export class ColoProbe extends DurableObject<Env> {
  async fetch(): Promise<Response> {
    // expect: resilience/external-fetch-without-timeout
    const res = await fetch("https://probe.example.net/cdn-cgi/trace");
    return new Response(await res.text());
  }
}
