export default {
  async fetch(request: Request): Promise<Response> {
    const urls = await request.json<string[]>();
    const pages = [];
    for (const url of urls) {
      pages.push(await (await fetch(url)).text());
    }
    return Response.json(pages.map((p) => p.length));
  },
};
