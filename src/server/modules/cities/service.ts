import { firstFreeSlug, slugify } from "../../../core/text/slugify.ts";
import { cities } from "../../db/schema/index.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { forbidden, invalid, notFound } from "../../http/errors.ts";
import { type Page, parseSort, toPage } from "../../http/pagination.ts";
import { continentOfCountry, idOrSlugKey } from "../../http/reference.ts";
import { can } from "./policy.ts";
import { presentCity } from "./presenter.ts";
import {
  type CityInsert,
  type CityRow,
  citySlugTaken,
  deleteCityRow,
  insertCity,
  selectCitiesPage,
  selectCity,
  selectEventsInCity,
  selectOrganizationRef,
  selectOrganizationsInCity,
  updateCityRow,
} from "./queries.ts";
import type {
  CityDetailResponse,
  CityResponse,
  CreateCityInput,
  ListCitiesQuery,
  UpdateCityInput,
} from "./schema.ts";

const sortColumns = {
  name: { column: cities.name, key: "name" },
  population: { column: cities.population, key: "population" },
};

export async function listCities(
  ctx: ServiceContext,
  query: ListCitiesQuery,
): Promise<Page<CityResponse>> {
  const sort = parseSort(query.sort, sortColumns);
  const { rows, total } = await selectCitiesPage(ctx.db, query, sort, query.cursor, query.limit);
  return toPage(rows, query.limit, total, sort, presentCity);
}

async function findCity(ctx: ServiceContext, idOrSlug: string): Promise<CityRow> {
  const row = await selectCity(ctx.db, idOrSlugKey(idOrSlug));
  if (!row) throw notFound("City");
  return row;
}

export async function getCity(ctx: ServiceContext, idOrSlug: string): Promise<CityDetailResponse> {
  const row = await findCity(ctx, idOrSlug);
  const [organization, located, hosted] = await Promise.all([
    row.organizationId ? selectOrganizationRef(ctx.db, row.organizationId) : null,
    selectOrganizationsInCity(ctx.db, row.id, 100),
    selectEventsInCity(ctx.db, row.id, Boolean(ctx.actor?.platformAdmin)),
  ]);
  return {
    ...presentCity(row),
    organization,
    organizations: located,
    events: hosted,
    canEdit: can(ctx.actor, "edit", row),
  };
}

function continentFor(country: string, given: CityInsert["continent"] | undefined) {
  const continent = given ?? continentOfCountry(country);
  if (!continent) {
    throw invalid([{ path: "body.continent", message: "required for this country" }]);
  }
  return continent as CityInsert["continent"];
}

export async function createCity(
  ctx: ActorContext,
  input: CreateCityInput,
): Promise<CityDetailResponse> {
  if (!can(ctx.actor, "create")) throw forbidden();
  const row = await ctx.db.transaction(async (tx) => {
    const slug =
      input.slug ??
      (await firstFreeSlug(`${slugify(input.name)}-${input.country.toLowerCase()}`, (s) =>
        citySlugTaken(tx, s),
      ));
    return insertCity(tx, {
      ...input,
      slug,
      province: input.province ?? null,
      organizationId: input.organizationId ?? null,
      continent: continentFor(input.country, input.continent),
    });
  });
  return getCity(ctx, row.id);
}

export async function updateCity(
  ctx: ActorContext,
  id: string,
  input: UpdateCityInput,
): Promise<CityDetailResponse> {
  const current = await findCity(ctx, id);
  if (!can(ctx.actor, "edit", current)) throw forbidden();
  // Who represents a city is the platform's call, not the city's own admins'.
  if (input.organizationId !== undefined && !ctx.actor.platformAdmin) {
    throw forbidden("Only platform administrators change who represents a city");
  }
  const values: Partial<CityInsert> = { ...input };
  if (input.country && !input.continent) values.continent = continentFor(input.country, undefined);
  await updateCityRow(ctx.db, current.id, values);
  return getCity(ctx, current.id);
}

export async function deleteCity(ctx: ActorContext, id: string): Promise<void> {
  if (!can(ctx.actor, "delete")) throw forbidden();
  if (!(await deleteCityRow(ctx.db, id))) throw notFound("City");
}
