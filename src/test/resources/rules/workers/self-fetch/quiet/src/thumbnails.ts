// Resizing images in the Worker the way Cloudflare documents it: the Worker asks for its own URL with image options,
// the resizing service fetches the original through the same route, and that second request (marked by the Via
// header) is answered from the bucket instead of being resized again.
const SIZES: Record<string, { width: number; height: number }> = {
  small: { width: 160, height: 160 },
  large: { width: 1280, height: 960 },
};

export async function serveThumbnail(request: Request, env: Env): Promise<Response> {
  const via = request.headers.get("Via") ?? "";
  if (via.includes("image-resizing")) {
    const original = await env.BUCKET.get(new URL(request.url).pathname.slice(1));
    return original ? new Response(original.body) : new Response("missing", { status: 404 });
  }
  const size = SIZES[new URL(request.url).searchParams.get("size") ?? "small"] ?? SIZES.small;
  const options = { cf: { image: { ...size, fit: "cover", format: "auto" } } };
  // quiet: an image transformation of the own URL whose original is served on the Via-marked request
  return fetch(request.url, options as RequestInit);
}
