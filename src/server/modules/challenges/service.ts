import { firstFreeSlug, slugify } from "../../../core/text/slugify.ts";
import type { Database } from "../../db/client.ts";
import { challenges } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { forbidden, invalid } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { can } from "../items/policy.ts";
import { ensureVisible, listVersions, recordVersion, staleVersion } from "../items/service.ts";
import { presentChallenge, presentChallengeDetail } from "./presenter.ts";
import {
  type ChallengeInsert,
  challengeSlugTaken,
  deleteChallengeRow,
  insertChallenge,
  selectChallenge,
  selectChallengesPage,
  selectContact,
  selectListsOfChallenge,
  updateChallengeIfVersion,
} from "./queries.ts";
import {
  type ChallengeDetailResponse,
  type ChallengeResponse,
  type CreateChallengeInput,
  challengeRuleIssues,
  type ListChallengesQuery,
  type UpdateChallengeInput,
} from "./schema.ts";

const sortColumns = {
  updatedAt: { column: challenges.updatedAt, key: "updatedAt" },
  title: { column: challenges.title, key: "title" },
};

export async function listChallenges(
  ctx: ServiceContext,
  query: ListChallengesQuery,
): Promise<Page<ChallengeResponse>> {
  const sort = parseSort(query.sort, sortColumns);
  const { rows, total } = await selectChallengesPage(
    ctx.db,
    ctx.actor,
    {
      organizationId: query.organization,
      status: query.status,
      stage: query.stage,
      domain: query.domain,
    },
    sort,
    query.cursor,
    query.limit,
  );
  return toPage(rows, query.limit, total, sort, presentChallenge);
}

async function findChallenge(ctx: ServiceContext, idOrSlug: string) {
  const row = await selectChallenge(ctx.db, idOrSlugKey(idOrSlug));
  return ensureVisible(ctx.actor, "challenge", row);
}

export async function getChallenge(
  ctx: ServiceContext,
  idOrSlug: string,
): Promise<ChallengeDetailResponse> {
  const row = await findChallenge(ctx, idOrSlug);
  const canEdit = can(ctx.actor, "edit", row);
  const [contact, lists] = await Promise.all([
    row.contactPersonId ? selectContact(ctx.db, row.contactPersonId) : null,
    selectListsOfChallenge(ctx.db, row.id, Boolean(ctx.actor?.platformAdmin)),
  ]);
  return presentChallengeDetail(row, {
    contact: contact ? { id: contact.id, name: contact.name, title: contact.title } : null,
    lists,
    canEdit,
  });
}

async function checkContact(
  db: Database,
  organizationId: string,
  personId: string | null | undefined,
) {
  if (!personId) return;
  const contact = await selectContact(db, personId);
  if (contact?.organizationId !== organizationId) {
    throw invalid([
      { path: "body.contactPersonId", message: "must be a person of the owner organization" },
    ]);
  }
}

export async function createChallenge(
  ctx: ActorContext,
  input: CreateChallengeInput,
): Promise<ChallengeDetailResponse> {
  if (!can(ctx.actor, "create", { organizationId: input.organizationId })) {
    throw forbidden("Only members of the owner organization publish its challenges");
  }
  await checkContact(ctx.db, input.organizationId, input.contactPersonId);
  const created = await ctx.db.transaction(async (tx) => {
    const slug = await firstFreeSlug(slugify(input.title), (s) => challengeSlugTaken(tx, s));
    const values: ChallengeInsert = {
      organizationId: input.organizationId,
      slug,
      title: input.title,
      summary: input.summary ?? "",
      description: input.description ?? "",
      domains: input.domains ?? [],
      sdgs: input.sdgs ?? [],
      tags: input.tags ?? [],
      budgetMin: input.budgetMin ?? null,
      budgetMax: input.budgetMax ?? null,
      currency: input.currency ?? null,
      stage: input.stage ?? "idea",
      startsOn: input.startsOn ?? null,
      deadline: input.deadline ?? null,
      preferredPartnerKinds: input.preferredPartnerKinds ?? [],
      language: input.language ?? "en",
      contactPersonId: input.contactPersonId ?? null,
      visibility: input.visibility ?? "draft",
      status: input.status ?? "open",
      createdById: ctx.actor.personId,
    };
    const row = await insertChallenge(tx, values);
    await recordVersion(tx, "challenge", row, ctx.actor, ctx.clock.now());
    return row;
  });
  return getChallenge(ctx, created.id);
}

export async function updateChallenge(
  ctx: ActorContext,
  id: string,
  input: UpdateChallengeInput,
): Promise<ChallengeDetailResponse> {
  const current = await findChallenge(ctx, id);
  if (!can(ctx.actor, "edit", current)) {
    throw forbidden("Only members of the owner organization edit its challenges");
  }
  const { expectedVersion, ...changes } = input;
  const merged = { ...current, ...changes };
  const issues = challengeRuleIssues(merged);
  if (issues.length > 0) {
    throw invalid(issues.map((issue) => ({ ...issue, path: `body.${issue.path}` })));
  }
  await checkContact(ctx.db, current.organizationId, changes.contactPersonId);
  const expected = expectedVersion ?? current.version;
  await ctx.db.transaction(async (tx) => {
    const row = await updateChallengeIfVersion(tx, current.id, expected, changes);
    if (!row) throw staleVersion("challenge", current.version, expected);
    await recordVersion(tx, "challenge", row, ctx.actor, ctx.clock.now());
  });
  return getChallenge(ctx, current.id);
}

export async function deleteChallenge(ctx: ActorContext, id: string): Promise<void> {
  const current = await findChallenge(ctx, id);
  if (!can(ctx.actor, "delete", current)) throw forbidden();
  await deleteChallengeRow(ctx.db, current.id);
}

export async function listChallengeVersions(ctx: ActorContext, id: string) {
  const current = await findChallenge(ctx, id);
  if (!can(ctx.actor, "edit", current)) throw forbidden();
  return { items: await listVersions(ctx, "challenge", current.id) };
}
