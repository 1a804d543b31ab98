import { firstFreeSlug, slugify } from "../../../core/text/slugify.ts";
import { cases } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { forbidden, invalid } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { can } from "../items/policy.ts";
import { ensureVisible, listVersions, recordVersion, staleVersion } from "../items/service.ts";
import { presentCase, presentCaseDetail } from "./presenter.ts";
import {
  caseSlugTaken,
  deleteCaseRow,
  insertCase,
  replaceCaseParts,
  selectCase,
  selectCaseParts,
  selectCasesPage,
  updateCaseIfVersion,
} from "./queries.ts";
import {
  type CaseDetailResponse,
  type CaseResponse,
  type CreateCaseInput,
  caseRuleIssues,
  type KpiInput,
  type ListCasesQuery,
  type UpdateCaseInput,
} from "./schema.ts";

const sortColumns = {
  updatedAt: { column: cases.updatedAt, key: "updatedAt" },
  title: { column: cases.title, key: "title" },
};

export async function listCases(
  ctx: ServiceContext,
  query: ListCasesQuery,
): Promise<Page<CaseResponse>> {
  const sort = parseSort(query.sort, sortColumns);
  const { rows, total } = await selectCasesPage(
    ctx.db,
    ctx.actor,
    { cityId: query.city, organizationId: query.organization, domain: query.domain },
    sort,
    query.cursor,
    query.limit,
  );
  return toPage(rows, query.limit, total, sort, presentCase);
}

async function findCase(ctx: ServiceContext, idOrSlug: string) {
  return ensureVisible(ctx.actor, "case", await selectCase(ctx.db, idOrSlugKey(idOrSlug)));
}

export async function getCase(ctx: ServiceContext, idOrSlug: string): Promise<CaseDetailResponse> {
  const row = await findCase(ctx, idOrSlug);
  const parts = await selectCaseParts(ctx.db, ctx.actor, row.id);
  return presentCaseDetail(row, parts, can(ctx.actor, "edit", row));
}

const kpiRows = (kpis: KpiInput[] | undefined) =>
  kpis?.map((kpi) => ({ ...kpi, baseline: kpi.baseline ?? null, year: kpi.year ?? null }));

export async function createCase(
  ctx: ActorContext,
  input: CreateCaseInput,
): Promise<CaseDetailResponse> {
  if (!can(ctx.actor, "create", { organizationId: input.organizationId })) {
    throw forbidden("Only members of the documenting organization publish its cases");
  }
  const { kpis, partners, solutionIds, ...fields } = input;
  const created = await ctx.db.transaction(async (tx) => {
    const slug = await firstFreeSlug(slugify(input.title), (s) => caseSlugTaken(tx, s));
    const row = await insertCase(tx, {
      ...fields,
      slug,
      summary: fields.summary ?? "",
      problem: fields.problem ?? "",
      approach: fields.approach ?? "",
      investment: fields.investment ?? null,
      currency: fields.currency ?? null,
      startedOn: fields.startedOn ?? null,
      endedOn: fields.endedOn ?? null,
      visibility: fields.visibility ?? "draft",
      createdById: ctx.actor.personId,
    });
    await replaceCaseParts(tx, row.id, {
      kpis: kpiRows(kpis ?? []),
      partners: partners ?? [],
      solutionIds: solutionIds ?? [],
    });
    await recordVersion(
      tx,
      "case",
      { ...row, kpis, partners, solutionIds },
      ctx.actor,
      ctx.clock.now(),
    );
    return row;
  });
  return getCase(ctx, created.id);
}

export async function updateCase(
  ctx: ActorContext,
  id: string,
  input: UpdateCaseInput,
): Promise<CaseDetailResponse> {
  const current = await findCase(ctx, id);
  if (!can(ctx.actor, "edit", current)) throw forbidden();
  const { expectedVersion, kpis, partners, solutionIds, ...changes } = input;
  const issues = caseRuleIssues({ ...current, ...changes });
  if (issues.length > 0) throw invalid(issues.map((i) => ({ ...i, path: `body.${i.path}` })));
  const expected = expectedVersion ?? current.version;
  await ctx.db.transaction(async (tx) => {
    const row = await updateCaseIfVersion(tx, current.id, expected, changes);
    if (!row) throw staleVersion("case", current.version, expected);
    await replaceCaseParts(tx, current.id, { kpis: kpiRows(kpis), partners, solutionIds });
    await recordVersion(
      tx,
      "case",
      { ...row, kpis, partners, solutionIds },
      ctx.actor,
      ctx.clock.now(),
    );
  });
  return getCase(ctx, current.id);
}

export async function deleteCase(ctx: ActorContext, id: string): Promise<void> {
  const current = await findCase(ctx, id);
  if (!can(ctx.actor, "delete", current)) throw forbidden();
  await deleteCaseRow(ctx.db, current.id);
}

export async function listCaseVersions(ctx: ActorContext, id: string) {
  const current = await findCase(ctx, id);
  if (!can(ctx.actor, "edit", current)) throw forbidden();
  return { items: await listVersions(ctx, "case", current.id) };
}
