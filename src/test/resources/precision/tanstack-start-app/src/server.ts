// the framework's virtual entry loads src/routes/ (file routes) by itself: no import of them here
import handler from "@tanstack/react-start/server-entry";

export default {
  fetch(request: Request) {
    return handler.fetch(request);
  },
};
