// A gateway that bounds its upstream calls with a per-request timeout, except when a custom sender is given.
type Sender = () => Promise<Response>;

async function withTimeout(url: string, ms: number, send?: Sender): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    if (send) {
      // expect: resilience/external-fetch-without-timeout contains: the timeout is silently ignored
      return await send();
    }
    return await fetch(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function uploadSender(request: Request): Promise<Response> {
  return fetch("https://uploads.example.net/v1/files", { method: "POST", body: request.body, signal: AbortSignal.timeout(5000) });
}

export default {
  async fetch(request: Request): Promise<Response> {
    const custom = request.headers.get("x-upload") === "1" ? () => uploadSender(request) : undefined;
    return withTimeout("https://api.example.net/v1/complete", 10_000, custom);
  },
};
