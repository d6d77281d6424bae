package dev.cfscale.facts.code;

/** How code is invoked. Request-path kinds run once per incoming request. */
public enum EntryKind {
  FETCH(true),
  ROUTE(true),
  PAGES_FUNCTION(true),
  DURABLE_OBJECT_FETCH(true),
  RPC(true),
  WEBSOCKET(true),
  QUEUE(false),
  SCHEDULED(false),
  ALARM(false),
  EMAIL(false),
  TAIL(false),
  WORKFLOW(false);

  private final boolean requestPath;

  EntryKind(boolean requestPath) {
    this.requestPath = requestPath;
  }

  /** True when the entry runs on every incoming request (traffic-driven). */
  public boolean isRequestPath() {
    return requestPath;
  }
}
