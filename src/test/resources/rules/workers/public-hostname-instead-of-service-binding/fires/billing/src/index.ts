export default {
  async fetch(request: Request): Promise<Response> {
    return Response.json({ invoice: new URL(request.url).searchParams.get("id") });
  },
};
