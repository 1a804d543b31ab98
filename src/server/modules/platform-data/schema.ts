import { z } from "zod";

export const EXPORT_FORMAT = "citymatch-export";
export const EXPORT_VERSION = 1;

/**
 * The platform export: every table's rows as the API's storage sees them (camelCase
 * column keys, timestamps as ISO strings). Reference data seeded by migrations (areas,
 * SDGs) and ephemeral state (sessions, sign-in failures) are not part of it.
 */
export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;
