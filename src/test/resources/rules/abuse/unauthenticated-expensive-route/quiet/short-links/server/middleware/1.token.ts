// every API call carries the operator's token; the public redirect pages do not
export default eventHandler((event) => {
  const token = getHeader(event, "x-operator-token");
  if (event.path.startsWith("/api/") && !event.path.startsWith("/api/_nuxt") && token !== useRuntimeConfig(event).operatorToken) {
    throw createError({ status: 401, statusText: "Unauthorized" });
  }
});
