// A NuxtHub app: no wrangler config; NuxtHub binds the D1 database as DB from `hub.database`.
export default defineNuxtConfig({
  modules: ["@nuxthub/core"],
  hub: { database: true },
});
