import { z } from "zod";
import { problemSchema, scheduleSchema } from "./problem.ts";

/** The interchange format's JSON Schemas (draft 2020-12), as committed in schemas/. */
export function schedulingJsonSchemas(): Record<string, unknown> {
  const schema = (value: z.ZodType, id: string) => ({
    $id: `https://citymatch.example/schemas/${id}`,
    ...z.toJSONSchema(value, { target: "draft-2020-12" }),
  });
  return {
    "schedule-problem.schema.json": schema(problemSchema, "schedule-problem.schema.json"),
    "schedule-result.schema.json": schema(scheduleSchema, "schedule-result.schema.json"),
  };
}
