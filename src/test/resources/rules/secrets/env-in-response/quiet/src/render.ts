type Env = { MODE: string };

export async function render(request: Request, env: Env): Promise<Response> {
  const html = `<p>${new URL(request.url).pathname} (${env.MODE})</p>`;
  return new Response(html, { headers: { "content-type": "text/html" } });
}
