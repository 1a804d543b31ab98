import type { z } from "zod";
import { people } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, invalid, notFound } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { hashPassword } from "./passwords.ts";
import { presentPerson } from "./presenter.ts";
import {
  deletePersonRow,
  insertPerson,
  type PersonInsert,
  selectPeoplePage,
  selectPersonById,
  updatePersonRow,
} from "./queries.ts";
import type {
  CreatePersonInput,
  listPeopleQuery,
  PersonResponse,
  UpdatePersonInput,
} from "./schema.ts";

const sortColumns = {
  name: { column: people.name, key: "name" },
  createdAt: { column: people.createdAt, key: "createdAt" },
};

export async function listPeople(
  ctx: ServiceContext,
  query: z.infer<typeof listPeopleQuery>,
): Promise<Page<PersonResponse>> {
  const sort = parseSort(query.sort, sortColumns);
  const { rows, total } = await selectPeoplePage(
    ctx.db,
    { q: query.q, organizationId: query.organization },
    sort,
    query.cursor,
    query.limit,
  );
  return toPage(rows, query.limit, total, sort, (row) => presentPerson(row, ctx.actor));
}

export async function getPerson(ctx: ServiceContext, id: string): Promise<PersonResponse> {
  const row = await selectPersonById(ctx.db, id);
  if (!row) throw notFound("Person");
  return presentPerson(row, ctx.actor);
}

function checkRoleNeedsOrganization(
  organizationId: string | null | undefined,
  organizationRole: string | null | undefined,
) {
  if (organizationRole && !organizationId) {
    throw invalid([
      { path: "body.organizationRole", message: "an organization role needs an organizationId" },
    ]);
  }
}

export async function createPerson(
  ctx: ActorContext,
  input: CreatePersonInput,
): Promise<PersonResponse> {
  if (!ctx.actor.platformAdmin) throw forbidden();
  checkRoleNeedsOrganization(input.organizationId, input.organizationRole);
  if (input.password && !input.email) {
    throw invalid([{ path: "body.email", message: "an account (password) needs an e-mail" }]);
  }
  const values: PersonInsert = {
    name: input.name,
    title: input.title ?? null,
    email: input.email ?? null,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    organizationId: input.organizationId ?? null,
    organizationRole: input.organizationId ? (input.organizationRole ?? "member") : null,
    isPlatformAdmin: input.isPlatformAdmin ?? false,
    languages: input.languages ?? [],
    locale: input.locale ?? "en",
    bio: input.bio ?? "",
  };
  const id = await insertPerson(ctx.db, values);
  return getPerson(ctx, id);
}

export async function updatePerson(
  ctx: ActorContext,
  id: string,
  input: UpdatePersonInput,
): Promise<PersonResponse> {
  if (!ctx.actor.platformAdmin) throw forbidden();
  const current = await selectPersonById(ctx.db, id);
  if (!current) throw notFound("Person");
  if (id === ctx.actor.personId && input.isPlatformAdmin === false) {
    throw new AppError("conflict", "You cannot remove your own platform administrator role");
  }
  const organizationId =
    input.organizationId === undefined ? current.organizationId : input.organizationId;
  let organizationRole =
    input.organizationRole === undefined ? current.organizationRole : input.organizationRole;
  if (!organizationId) organizationRole = null;
  else if (!organizationRole) organizationRole = "member";
  const email = input.email === undefined ? current.email : input.email;
  if (input.password && !email) {
    throw invalid([{ path: "body.email", message: "an account (password) needs an e-mail" }]);
  }
  const values: Partial<PersonInsert> = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
    ...(input.isPlatformAdmin !== undefined ? { isPlatformAdmin: input.isPlatformAdmin } : {}),
    ...(input.languages !== undefined ? { languages: input.languages } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
    ...(input.bio !== undefined ? { bio: input.bio } : {}),
    organizationId,
    organizationRole,
  };
  await updatePersonRow(ctx.db, id, values);
  return getPerson(ctx, id);
}

export async function deletePerson(ctx: ActorContext, id: string): Promise<void> {
  if (!ctx.actor.platformAdmin) throw forbidden();
  if (id === ctx.actor.personId) throw new AppError("conflict", "You cannot delete yourself");
  if (!(await deletePersonRow(ctx.db, id))) throw notFound("Person");
}
