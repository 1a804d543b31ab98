import { firstFreeSlug, slugify } from "../../../core/text/slugify.ts";
import { solutions } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { can } from "../items/policy.ts";
import { ensureVisible, listVersions, recordVersion, staleVersion } from "../items/service.ts";
import { presentSolution, presentSolutionDetail } from "./presenter.ts";
import {
  deleteSolutionRow,
  insertSolution,
  replaceDeployments,
  selectCasesUsing,
  selectDeployments,
  selectSolution,
  selectSolutionsPage,
  solutionSlugTaken,
  updateSolutionIfVersion,
} from "./queries.ts";
import type {
  CreateSolutionInput,
  DeploymentInput,
  ListSolutionsQuery,
  SolutionDetailResponse,
  SolutionResponse,
  UpdateSolutionInput,
} from "./schema.ts";

const sortColumns = {
  updatedAt: { column: solutions.updatedAt, key: "updatedAt" },
  title: { column: solutions.title, key: "title" },
};

export async function listSolutions(
  ctx: ServiceContext,
  query: ListSolutionsQuery,
): Promise<Page<SolutionResponse>> {
  const sort = parseSort(query.sort, sortColumns);
  const { rows, total } = await selectSolutionsPage(
    ctx.db,
    ctx.actor,
    { organizationId: query.organization, domain: query.domain, minTrl: query.minTrl },
    sort,
    query.cursor,
    query.limit,
  );
  return toPage(rows, query.limit, total, sort, presentSolution);
}

async function findSolution(ctx: ServiceContext, idOrSlug: string) {
  return ensureVisible(ctx.actor, "solution", await selectSolution(ctx.db, idOrSlugKey(idOrSlug)));
}

export async function getSolution(
  ctx: ServiceContext,
  idOrSlug: string,
): Promise<SolutionDetailResponse> {
  const row = await findSolution(ctx, idOrSlug);
  const [deployments, usedIn] = await Promise.all([
    selectDeployments(ctx.db, row.id),
    selectCasesUsing(ctx.db, ctx.actor, row.id),
  ]);
  return presentSolutionDetail(row, {
    deployments: deployments.map(({ cityId, cityName, country, year, outcome }) => ({
      cityId,
      cityName,
      country,
      year,
      outcome,
    })),
    cases: usedIn,
    canEdit: can(ctx.actor, "edit", row),
  });
}

const deploymentRows = (deployments: DeploymentInput[]) =>
  deployments.map((d) => ({ ...d, cityId: d.cityId ?? null }));

export async function createSolution(
  ctx: ActorContext,
  input: CreateSolutionInput,
): Promise<SolutionDetailResponse> {
  if (!can(ctx.actor, "create", { organizationId: input.organizationId })) {
    throw forbidden("Only members of the provider organization publish its solutions");
  }
  const { deployments, ...fields } = input;
  const created = await ctx.db.transaction(async (tx) => {
    const slug = await firstFreeSlug(slugify(input.title), (s) => solutionSlugTaken(tx, s));
    const row = await insertSolution(tx, {
      ...fields,
      slug,
      summary: fields.summary ?? "",
      description: fields.description ?? "",
      visibility: fields.visibility ?? "draft",
      createdById: ctx.actor.personId,
    });
    await replaceDeployments(tx, row.id, deploymentRows(deployments ?? []));
    await recordVersion(
      tx,
      "solution",
      { ...row, deployments: deployments ?? [] },
      ctx.actor,
      ctx.clock.now(),
    );
    return row;
  });
  return getSolution(ctx, created.id);
}

export async function updateSolution(
  ctx: ActorContext,
  id: string,
  input: UpdateSolutionInput,
): Promise<SolutionDetailResponse> {
  const current = await findSolution(ctx, id);
  if (!can(ctx.actor, "edit", current)) {
    throw forbidden("Only members of the provider organization edit its solutions");
  }
  const { expectedVersion, deployments, ...changes } = input;
  const expected = expectedVersion ?? current.version;
  await ctx.db.transaction(async (tx) => {
    const row = await updateSolutionIfVersion(tx, current.id, expected, changes);
    if (!row) throw staleVersion("solution", current.version, expected);
    if (deployments) await replaceDeployments(tx, current.id, deploymentRows(deployments));
    await recordVersion(
      tx,
      "solution",
      { ...row, deployments: deployments ?? null },
      ctx.actor,
      ctx.clock.now(),
    );
  });
  return getSolution(ctx, current.id);
}

export async function deleteSolution(ctx: ActorContext, id: string): Promise<void> {
  const current = await findSolution(ctx, id);
  if (!can(ctx.actor, "delete", current)) throw forbidden();
  await deleteSolutionRow(ctx.db, current.id);
}

export async function listSolutionVersions(ctx: ActorContext, id: string) {
  const current = await findSolution(ctx, id);
  if (!can(ctx.actor, "edit", current)) throw forbidden();
  return { items: await listVersions(ctx, "solution", current.id) };
}
