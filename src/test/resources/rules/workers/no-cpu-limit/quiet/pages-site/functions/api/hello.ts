// quiet: a Pages project with no config: bindings are set in the dashboard
export const onRequestGet = async () => new Response("hello");
