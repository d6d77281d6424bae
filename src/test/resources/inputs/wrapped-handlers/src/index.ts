import { instrument } from "@acme/tracing";
import { createWorker } from "./worker";

// The handler object is passed to a library wrapper after its options, and built by a project factory.
export default instrument({ service: "flags" }, createWorker("v1"));
