export default defineNuxtConfig({
  modules: ["@nuxthub/core"],
  hub: {
    blob: true,
  },
});
