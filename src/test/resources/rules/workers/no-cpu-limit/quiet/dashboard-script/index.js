// quiet: pasted into the dashboard: no config to set limits in
addEventListener("fetch", (event) => {
  event.respondWith(new Response("hi"));
});
