// A project helper named waitUntil that polls defers nothing: the request waits on every probe it runs.
async function waitUntil(ready: () => Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((r) => setTimeout(r, 50));
}

export async function onRequestGet() {
  await waitUntil(async () => {
    // expect: resilience/external-fetch-without-timeout
    const res = await fetch("https://status.example.org/ready");
    return res.ok;
  });
  return new Response("ready");
}
