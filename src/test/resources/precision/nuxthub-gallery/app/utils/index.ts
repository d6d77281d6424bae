export * from "./abilities";
