import { createApp } from "./app";
import { askApp } from "./api/ask";

const site = createApp();
site.get("/", (c) => c.text("docs assistant"));
site.route("/api", askApp);

export default site;
