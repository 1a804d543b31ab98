import type { apiTokens } from "../../db/schema/index.ts";
import type { ApiTokenResponse } from "./schema.ts";

export function presentApiToken(row: typeof apiTokens.$inferSelect): ApiTokenResponse {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}
