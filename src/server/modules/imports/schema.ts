import { z } from "zod";

export const IMPORT_KINDS = ["challenges", "solutions"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const importParams = z.object({ kind: z.enum(IMPORT_KINDS) });
export const importQuery = z.object({
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true")
    .describe("true: check every row and report, write nothing"),
});

export const rowErrorSchema = z.object({
  row: z.number().int().describe("1-based data row (the header is row 0); 0 for the file itself"),
  column: z.string().nullable(),
  message: z.string(),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const importReportSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    dryRun: z.boolean(),
    rows: z.number().int(),
    valid: z.number().int(),
    created: z.number().int(),
    errorCount: z.number().int(),
    errors: z.array(rowErrorSchema).describe("The first 1,000 errors"),
  })
  .meta({ id: "ImportReport" });
export type ImportReport = z.infer<typeof importReportSchema>;

type CellKind = "text" | "list" | "numbers" | "number";

/** Accepted columns per kind (header names are matched ignoring case, spaces and _). */
export const IMPORT_COLUMNS: Record<ImportKind, Record<string, CellKind>> = {
  challenges: {
    organization: "text",
    title: "text",
    summary: "text",
    description: "text",
    domains: "list",
    sdgs: "numbers",
    tags: "list",
    budgetMin: "text",
    budgetMax: "text",
    currency: "text",
    stage: "text",
    startsOn: "text",
    deadline: "text",
    preferredPartnerKinds: "list",
    language: "text",
    visibility: "text",
    status: "text",
  },
  solutions: {
    organization: "text",
    title: "text",
    summary: "text",
    description: "text",
    domains: "list",
    sdgs: "numbers",
    tags: "list",
    trl: "number",
    priceModel: "text",
    regionsServed: "list",
    languages: "list",
    certifications: "list",
    mediaLinks: "list",
    visibility: "text",
  },
};

export const REQUIRED_COLUMNS: Record<ImportKind, string[]> = {
  challenges: ["title"],
  solutions: ["title", "trl"],
};
