import { firstFreeSlug, slugify } from "../../../core/text/slugify.ts";
import { challengeLists } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { toCsv } from "../items/csv.ts";
import { can } from "./policy.ts";
import { presentList, presentListDetail } from "./presenter.ts";
import {
  deleteListRow,
  insertList,
  listSlugTaken,
  replaceListItems,
  selectList,
  selectListChallengeIds,
  selectListChallenges,
  selectListStats,
  selectListsPage,
  selectNonPublicChallenges,
  updateListRow,
} from "./queries.ts";
import type {
  CreateListInput,
  ListDetailResponse,
  ListListsQuery,
  ListResponse,
  UpdateListInput,
} from "./schema.ts";

const sortColumns = {
  updatedAt: { column: challengeLists.updatedAt, key: "updatedAt" },
  title: { column: challengeLists.title, key: "title" },
};

export async function listLists(
  ctx: ServiceContext,
  query: ListListsQuery,
): Promise<Page<ListResponse>> {
  const sort = parseSort(query.sort, sortColumns);
  const { rows, total } = await selectListsPage(
    ctx.db,
    ctx.actor,
    { eventId: query.event, status: query.status },
    sort,
    query.cursor,
    query.limit,
  );
  const stats = new Map(
    (
      await selectListStats(
        ctx.db,
        rows.map((row) => row.id),
      )
    ).map((s) => [s.listId, s]),
  );
  return toPage(rows, query.limit, total, sort, (row) => presentList(row, stats.get(row.id)));
}

async function findList(ctx: ServiceContext, idOrSlug: string) {
  const row = await selectList(ctx.db, idOrSlugKey(idOrSlug));
  if (!row || !can(ctx.actor, "see", row)) throw notFound("List");
  return row;
}

export async function getList(ctx: ServiceContext, idOrSlug: string): Promise<ListDetailResponse> {
  const row = await findList(ctx, idOrSlug);
  const [items, [stats]] = await Promise.all([
    selectListChallenges(ctx.db, ctx.actor, row.id),
    selectListStats(ctx.db, [row.id]),
  ]);
  return presentListDetail(row, stats, items, can(ctx.actor, "curate", row));
}

export async function createList(
  ctx: ActorContext,
  input: CreateListInput,
): Promise<ListDetailResponse> {
  const eventId = input.eventId ?? null;
  if (!can(ctx.actor, "curate", { eventId, status: "draft" })) {
    throw forbidden("Only the edition's organizers curate its lists");
  }
  const id = await ctx.db.transaction(async (tx) => {
    const slug = await firstFreeSlug(slugify(input.title), (s) => listSlugTaken(tx, s));
    const listId = await insertList(tx, {
      eventId,
      slug,
      title: input.title,
      intro: input.intro ?? "",
      priorityAreas: input.priorityAreas ?? [],
      createdById: ctx.actor.personId,
    });
    await replaceListItems(tx, listId, input.challengeIds ?? []);
    return listId;
  });
  return getList(ctx, id);
}

export async function updateList(
  ctx: ActorContext,
  id: string,
  input: UpdateListInput,
): Promise<ListDetailResponse> {
  const current = await findList(ctx, id);
  if (!can(ctx.actor, "curate", current)) throw forbidden();
  const { challengeIds, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    if (challengeIds && current.status === "published") await requirePublic(tx, challengeIds);
    await updateListRow(tx, current.id, fields);
    if (challengeIds) await replaceListItems(tx, current.id, challengeIds);
  });
  return getList(ctx, current.id);
}

/** A published list is public, so everything on it must be public too. */
async function requirePublic(db: ServiceContext["db"], challengeIds: string[]) {
  const hidden = await selectNonPublicChallenges(db, challengeIds);
  if (hidden.length > 0) {
    throw new AppError(
      "conflict",
      `A published list may hold only public challenges; not public: ${hidden.map((c) => `"${c.title}"`).join(", ")}`,
      { challenges: hidden },
    );
  }
}

export async function publishList(
  ctx: ActorContext,
  id: string,
  publishedOn: string | undefined,
): Promise<ListDetailResponse> {
  const current = await findList(ctx, id);
  if (!can(ctx.actor, "curate", current)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await requirePublic(tx, await selectListChallengeIds(tx, current.id));
    await updateListRow(tx, current.id, {
      status: "published",
      publishedOn: publishedOn ?? ctx.clock.now().toISOString().slice(0, 10),
    });
  });
  return getList(ctx, current.id);
}

export async function deleteList(ctx: ActorContext, id: string): Promise<void> {
  const current = await findList(ctx, id);
  if (!can(ctx.actor, "curate", current)) throw forbidden();
  await deleteListRow(ctx.db, current.id);
}

export async function exportListCsv(ctx: ServiceContext, idOrSlug: string) {
  const list = await getList(ctx, idOrSlug);
  const rows = list.items.map(({ position, challenge }) => ({
    position,
    title: challenge.title,
    organization: challenge.organization.name,
    city: challenge.city?.name ?? "",
    country: challenge.organization.country,
    domains: challenge.domains.join(";"),
    sdgs: challenge.sdgs.join(";"),
    stage: challenge.stage,
    budgetMin: challenge.budget?.min ?? "",
    budgetMax: challenge.budget?.max ?? "",
    currency: challenge.budget?.currency ?? "",
    deadline: challenge.deadline ?? "",
    summary: challenge.summary,
  }));
  const columns = [
    "position",
    "title",
    "organization",
    "city",
    "country",
    "domains",
    "sdgs",
    "stage",
    "budgetMin",
    "budgetMax",
    "currency",
    "deadline",
    "summary",
  ];
  return { filename: `${list.slug}.csv`, csv: toCsv(rows, columns) };
}
