import { defineConfig } from "drizzle-kit";

// Migrations are generated from the TypeScript schema and committed; the same SQL
// runs on embedded PGlite and on a PostgreSQL server.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema/index.ts",
  out: "./src/server/db/migrations",
});
