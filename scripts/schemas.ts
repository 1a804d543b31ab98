// npm run schemas — writes the JSON Schemas of the public interchange formats into schemas/
// from their zod definitions (a test fails when the committed files differ).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { schedulingJsonSchemas } from "../src/core/scheduling/json-schema.ts";

const out = path.resolve(import.meta.dirname, "../schemas");
for (const [file, schema] of Object.entries(schedulingJsonSchemas())) {
  writeFileSync(path.join(out, file), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schemas/${file}\n`);
}
