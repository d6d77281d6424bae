// Timeout wrappers that bound every path, and a plain callback runner with no timeout to bypass.
type Sender = (signal: AbortSignal) => Promise<Response>;

async function withTimeout(url: string, ms: number, send?: Sender): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    // quiet: the callback is given the signal
    if (send) return await send(controller.signal);
    return await fetch(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function withSignal(ms: number, send: Sender): Promise<Response> {
  const controller = new AbortController();
  const signal = controller.signal;
  setTimeout(() => controller.abort(), ms);
  // quiet: the signal is passed through a variable
  return await send(signal);
}

async function timed(label: string, send: () => Promise<Response>): Promise<Response> {
  const started = Date.now();
  // quiet: no timeout armed here, so none is bypassed
  const res = await send();
  console.log(label, Date.now() - started);
  return res;
}

export default {
  async fetch(request: Request): Promise<Response> {
    const first = await withTimeout("https://api.example.net/v1/a", 5000, (signal) => fetch("https://api.example.net/v1/b", { signal }));
    const second = await withSignal(5000, (signal) => fetch("https://api.example.net/v1/c", { signal }));
    await timed("probe", () => fetch("https://api.example.net/v1/d", { signal: AbortSignal.timeout(2000) }));
    return new Response(`${first.status} ${second.status} ${request.method}`);
  },
};
