import { firstFreeSlug, slugify } from "../../../core/text/slugify.ts";
import { organizations } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { can } from "./policy.ts";
import { presentOrganization } from "./presenter.ts";
import {
  countAdmins,
  deleteOrganizationRow,
  insertOrganization,
  selectCityRef,
  selectMembers,
  selectMembership,
  selectOrganization,
  selectOrganizationsPage,
  setMembership,
  slugTaken,
  updateOrganizationRow,
} from "./queries.ts";
import type {
  CreateOrganizationInput,
  ListOrganizationsQuery,
  OrganizationDetailResponse,
  OrganizationResponse,
  UpdateOrganizationInput,
} from "./schema.ts";

const sortColumns = {
  name: { column: organizations.name, key: "name" },
  createdAt: { column: organizations.createdAt, key: "createdAt" },
};

export async function listOrganizations(
  ctx: ServiceContext,
  query: ListOrganizationsQuery,
): Promise<Page<OrganizationResponse>> {
  const sort = parseSort(query.sort, sortColumns);
  const { rows, total } = await selectOrganizationsPage(
    ctx.db,
    {
      q: query.q,
      kind: query.kind,
      country: query.country,
      domain: query.domain,
      cityId: query.city,
    },
    sort,
    query.cursor,
    query.limit,
  );
  return toPage(rows, query.limit, total, sort, presentOrganization);
}

async function findOrganization(ctx: ServiceContext, idOrSlug: string) {
  const row = await selectOrganization(ctx.db, idOrSlugKey(idOrSlug));
  if (!row) throw notFound("Organization");
  return row;
}

export async function getOrganization(
  ctx: ServiceContext,
  idOrSlug: string,
): Promise<OrganizationDetailResponse> {
  const row = await findOrganization(ctx, idOrSlug);
  const [city, representsCity, members] = await Promise.all([
    row.cityId ? selectCityRef(ctx.db, { id: row.cityId }) : null,
    selectCityRef(ctx.db, { organizationId: row.id }),
    selectMembers(ctx.db, row.id),
  ]);
  return {
    ...presentOrganization(row),
    city,
    representsCity,
    members: members.map((member) => ({ ...member, role: member.role ?? "member" })),
    canEdit: can(ctx.actor, "edit", row),
  };
}

export async function createOrganization(
  ctx: ActorContext,
  input: CreateOrganizationInput,
): Promise<OrganizationDetailResponse> {
  if (!can(ctx.actor, "create")) throw forbidden();
  const created = await ctx.db.transaction(async (tx) => {
    const slug = input.slug ?? (await firstFreeSlug(slugify(input.name), (s) => slugTaken(tx, s)));
    const row = await insertOrganization(tx, {
      kind: input.kind,
      name: input.name,
      slug,
      country: input.country,
      cityId: input.cityId ?? null,
      cityName: input.cityName ?? null,
      website: input.website ?? null,
      description: input.description ?? "",
      logoUrl: input.logoUrl ?? null,
      domains: input.domains ?? [],
    });
    // Whoever founds an organization and belongs to none becomes its first admin, so
    // every organization created through the platform has someone to look after it.
    if (!ctx.actor.organizationId) {
      await setMembership(tx, ctx.actor.personId, { organizationId: row.id, role: "admin" });
    }
    return row;
  });
  const founderIsAdmin = !ctx.actor.organizationId;
  const actor = founderIsAdmin
    ? { ...ctx.actor, organizationId: created.id, organizationRole: "admin" as const }
    : ctx.actor;
  return getOrganization({ ...ctx, actor }, created.id);
}

export async function updateOrganization(
  ctx: ActorContext,
  id: string,
  input: UpdateOrganizationInput,
): Promise<OrganizationDetailResponse> {
  const current = await findOrganization(ctx, id);
  if (!can(ctx.actor, "edit", current)) throw forbidden();
  await updateOrganizationRow(ctx.db, id, input);
  return getOrganization(ctx, id);
}

export async function deleteOrganization(ctx: ActorContext, id: string): Promise<void> {
  if (!can(ctx.actor, "delete")) throw forbidden();
  if (!(await deleteOrganizationRow(ctx.db, id))) throw notFound("Organization");
}

export async function setMember(
  ctx: ActorContext,
  organizationId: string,
  personId: string,
  role: "admin" | "member",
): Promise<OrganizationDetailResponse> {
  const organization = await findOrganization(ctx, organizationId);
  if (!can(ctx.actor, "manage-members", organization)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const membership = await selectMembership(tx, personId);
    if (!membership) throw notFound("Person");
    if (membership.organizationId && membership.organizationId !== organizationId) {
      // Moving someone out of another organization is that organization's decision.
      if (!ctx.actor.platformAdmin) {
        throw new AppError("conflict", "This person belongs to another organization");
      }
    }
    await setMembership(tx, personId, { organizationId, role });
    await keepOneAdmin(tx, organizationId);
  });
  return getOrganization(ctx, organizationId);
}

export async function removeMember(
  ctx: ActorContext,
  organizationId: string,
  personId: string,
): Promise<void> {
  const organization = await findOrganization(ctx, organizationId);
  const leavingThemselves = personId === ctx.actor.personId;
  if (!leavingThemselves && !can(ctx.actor, "manage-members", organization)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const membership = await selectMembership(tx, personId);
    if (membership?.organizationId !== organizationId) throw notFound("Member");
    await setMembership(tx, personId, null);
    await keepOneAdmin(tx, organizationId);
  });
}

async function keepOneAdmin(tx: ActorContext["db"], organizationId: string) {
  const admins = await countAdmins(tx, organizationId);
  const members = await selectMembers(tx, organizationId);
  if (admins === 0 && members.length > 0) {
    throw new AppError("conflict", "An organization with members needs at least one admin");
  }
}
