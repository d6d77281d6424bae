package dev.cfscale.models.capacity;

/** How a platform limit bounds a project. */
public enum LimitKind {
  /** A rate (per second or minute): breaks at a request rate to the project. */
  RATE,
  /** A Free-plan daily allowance: breaks at a number of requests per day. */
  DAILY,
  /** A limit on one invocation (subrequests, queries, CPU): passes or fails at any traffic. */
  PER_REQUEST,
  /** A limit on one invocation beyond which calls wait rather than fail (simultaneous connections): latency, not errors. */
  FAN_OUT
}
