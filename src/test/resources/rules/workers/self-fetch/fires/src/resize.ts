// Resizing through the Worker's own URL, but nothing answers the resizing service's request for the original:
// that request runs this code again and asks for another transformation.
export async function resizeOnTheFly(request: Request): Promise<Response> {
  const width = Number(new URL(request.url).searchParams.get("w") ?? "320");
  // expect: workers/self-fetch
  return fetch(request.url, { cf: { image: { width, fit: "scale-down" } } } as RequestInit);
}
