import router from "./app";

// every route of the shared router needs the desk token: registered before any route file is imported
router.use("*", async (c, next) => {
  if (c.req.header("authorization") !== `Bearer ${c.env.DESK_TOKEN}`) {
    return c.text("Unauthorized", 401);
  }
  await next();
});
