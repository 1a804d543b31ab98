export * from "./auth.ts";
export * from "./deals.ts";
export * from "./directory.ts";
export * from "./events.ts";
export * from "./indices.ts";
export * from "./marketplace.ts";
export * from "./meetings.ts";
export * from "./taxonomy.ts";
