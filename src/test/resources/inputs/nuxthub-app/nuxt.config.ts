export default defineNuxtConfig({
  modules: ["@nuxthub/core"],
  hub: {
    database: true,
    kv: true,
    blob: true,
  },
});
