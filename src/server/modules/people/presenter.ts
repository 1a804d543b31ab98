import type { Actor } from "../../http/context.ts";
import { can } from "./policy.ts";
import type { PersonRow } from "./queries.ts";
import type { PersonResponse } from "./schema.ts";

export function presentPerson(row: PersonRow, viewer: Actor | null): PersonResponse {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    organizationRole: row.organizationRole,
    email: can(viewer, "see-email", row) ? row.email : null,
    languages: row.languages,
    locale: row.locale as PersonResponse["locale"],
    bio: row.bio,
    isPlatformAdmin: row.isPlatformAdmin,
    hasAccount: row.hasAccount,
  };
}
