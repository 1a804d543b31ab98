import type { z } from "zod";
import { slugify } from "../../../core/text/slugify.ts";
import type { Actor, ActorContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { createChallengeBody } from "../challenges/schema.ts";
import { createSolutionBody } from "../solutions/schema.ts";
import { insertImportedRows, selectAllSlugs, selectOrganizationsByRef } from "./queries.ts";
import {
  IMPORT_COLUMNS,
  type ImportKind,
  type ImportReport,
  REQUIRED_COLUMNS,
  type RowError,
} from "./schema.ts";
import type { Table } from "./tabular.ts";

const MAX_LISTED_ERRORS = 1000;
const normalize = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Who may import rows for an organization: its own members; for challenges also event
 * organizers, who publish city lists on the cities' behalf; platform admins always.
 */
function mayImportFor(actor: Actor, kind: ImportKind, organizationId: string) {
  if (actor.platformAdmin) return true;
  if (kind === "challenges" && actor.organizerOf.length > 0) return true;
  return actor.organizationId === organizationId;
}

function mapHeaders(kind: ImportKind, headers: string[]) {
  const known = new Map(
    Object.keys(IMPORT_COLUMNS[kind]).map((field) => [normalize(field), field]),
  );
  const fields: (string | null)[] = [];
  const errors: RowError[] = [];
  for (const header of headers) {
    const field = known.get(normalize(header)) ?? null;
    if (!field && header !== "") {
      errors.push({
        row: 0,
        column: header,
        message: `unknown column; expected some of: ${Object.keys(IMPORT_COLUMNS[kind]).join(", ")}`,
      });
    }
    fields.push(field);
  }
  for (const required of REQUIRED_COLUMNS[kind]) {
    if (!fields.includes(required))
      errors.push({ row: 0, column: required, message: "missing column" });
  }
  return { fields, errors };
}

function cellValue(kind: "text" | "list" | "numbers" | "number", raw: string): unknown {
  const text = raw.trim();
  switch (kind) {
    case "text":
      return text;
    case "list":
      return text
        .split(/[;|,]/)
        .map((part) => part.trim())
        .filter(Boolean);
    case "numbers":
      return text
        .split(/[;|,]/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => (Number.isFinite(Number(part)) ? Number(part) : part));
    case "number":
      return Number.isFinite(Number(text)) ? Number(text) : text;
  }
}

export async function importItems(
  ctx: ActorContext,
  kind: ImportKind,
  table: Table,
  dryRun: boolean,
): Promise<ImportReport> {
  const { fields, errors } = mapHeaders(kind, table.headers);
  const headerOf = new Map(fields.map((field, index) => [field, table.headers[index] ?? ""]));
  const columnKinds = IMPORT_COLUMNS[kind];
  const schema: z.ZodType = kind === "challenges" ? createChallengeBody : createSolutionBody;

  const records = table.rows.map((cells) => {
    const record: Record<string, unknown> = {};
    fields.forEach((field, index) => {
      const raw = cells[index] ?? "";
      if (field && raw.trim() !== "") record[field] = cellValue(columnKinds[field] ?? "text", raw);
    });
    return record;
  });

  const refs = [
    ...new Set(
      records.map((r) => r.organization).filter((r): r is string => typeof r === "string"),
    ),
  ];
  const organizations = await selectOrganizationsByRef(ctx.db, refs);
  const byRef = new Map(
    organizations.flatMap(
      (org) =>
        [
          [org.id, org],
          [org.slug, org],
        ] as const,
    ),
  );

  const valid: Record<string, unknown>[] = [];
  if (errors.length === 0) {
    records.forEach((record, index) => {
      const row = index + 1;
      const ref = record.organization as string | undefined;
      const organizationId = ref ? byRef.get(ref)?.id : ctx.actor.organizationId;
      if (!organizationId) {
        errors.push({
          row,
          column: headerOf.get("organization") ?? "organization",
          message: ref
            ? `no organization "${ref}"`
            : "missing: you belong to no organization, so name one",
        });
        return;
      }
      if (!mayImportFor(ctx.actor, kind, organizationId)) {
        errors.push({
          row,
          column: headerOf.get("organization") ?? "organization",
          message: "you may not publish for this organization",
        });
        return;
      }
      const { organization: _ref, ...fields } = record;
      const parsed = schema.safeParse({ ...fields, organizationId });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "");
          errors.push({ row, column: headerOf.get(field) ?? field, message: issue.message });
        }
        return;
      }
      valid.push(parsed.data as Record<string, unknown>);
    });
  }

  const report: ImportReport = {
    kind,
    dryRun,
    rows: table.rows.length,
    valid: valid.length,
    created: 0,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_LISTED_ERRORS),
  };
  if (errors.length > 0 && !dryRun) {
    throw new AppError(
      "validation_failed",
      `${errors.length} problem(s) in the file; nothing was imported`,
      report,
    );
  }
  if (dryRun || errors.length > 0) return report;

  report.created = await ctx.db.transaction(async (tx) => {
    const taken = await selectAllSlugs(tx, kind);
    const rows = valid.map((item) => {
      const base = slugify(String(item.title)) || "item";
      let slug = base;
      for (let attempt = 2; taken.has(slug); attempt++) slug = `${base}-${attempt}`;
      taken.add(slug);
      return {
        ...item,
        slug,
        visibility: item.visibility ?? "draft",
        createdById: ctx.actor.personId,
      };
    });
    return insertImportedRows(tx, kind, rows as never, ctx.actor.personId, ctx.clock.now());
  });
  return report;
}
