import { randomBytes } from "node:crypto";
import type { Database } from "../../src/server/db/client.ts";
import {
  cities,
  events,
  organizations,
  participations,
  people,
} from "../../src/server/db/schema/index.ts";
import { hashPassword } from "../../src/server/modules/people/passwords.ts";

/**
 * Builders insert realistic rows straight into the database so a test states only what
 * matters to it. Each call makes unique names, slugs and e-mails.
 */
const unique = () => randomBytes(4).toString("hex");

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | null = null;
const testPasswordHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

export async function buildOrganization(
  db: Database,
  overrides: Partial<typeof organizations.$inferInsert> = {},
) {
  const id = unique();
  const [row] = await db
    .insert(organizations)
    .values({
      kind: "company",
      name: `Test Organization ${id}`,
      slug: `test-organization-${id}`,
      country: "ES",
      description: "Fictional test organization.",
      domains: ["mobility"],
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("no row");
  return row;
}

export async function buildCity(db: Database, overrides: Partial<typeof cities.$inferInsert> = {}) {
  const id = unique();
  const [row] = await db
    .insert(cities)
    .values({
      name: `Testville ${id}`,
      slug: `testville-${id}`,
      country: "ES",
      continent: "EU",
      population: 250_000,
      latitude: 41.39,
      longitude: 2.17,
      timeZone: "Europe/Madrid",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("no row");
  return row;
}

export interface BuiltPerson {
  id: string;
  email: string;
  password: string;
  organizationId: string | null;
}

export async function buildPerson(
  db: Database,
  overrides: Partial<typeof people.$inferInsert> & { withAccount?: boolean } = {},
): Promise<BuiltPerson> {
  const id = unique();
  const { withAccount = true, ...values } = overrides;
  const email = values.email ?? `person-${id}@test.example`;
  const [row] = await db
    .insert(people)
    .values({
      name: `Test Person ${id}`,
      email,
      passwordHash: withAccount ? await testPasswordHash() : null,
      ...values,
    })
    .returning();
  if (!row) throw new Error("no row");
  return { id: row.id, email, password: TEST_PASSWORD, organizationId: row.organizationId };
}

export async function buildEvent(
  db: Database,
  overrides: Partial<typeof events.$inferInsert> = {},
) {
  const hostCityId = overrides.hostCityId ?? (await buildCity(db)).id;
  const id = unique();
  const [row] = await db
    .insert(events)
    .values({
      name: `Test Expo ${id}`,
      slug: `test-expo-${id}`,
      hostCityId,
      startsOn: "2026-09-01",
      endsOn: "2026-09-05",
      timeZone: "Asia/Shanghai",
      status: "published",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("no row");
  return row;
}

export async function buildParticipation(db: Database, values: typeof participations.$inferInsert) {
  const [row] = await db.insert(participations).values(values).returning();
  if (!row) throw new Error("no row");
  return row;
}
