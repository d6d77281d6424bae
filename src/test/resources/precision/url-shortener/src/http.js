export const json = (body, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
export const notFound = () => new Response("not found", { status: 404 });
