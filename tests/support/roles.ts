import type { FastifyInstance } from "fastify";
import type { Database } from "../../src/server/db/client.ts";
import {
  buildCity,
  buildEvent,
  buildOrganization,
  buildParticipation,
  buildPerson,
} from "./builders.ts";
import { type Session, signIn } from "./test-app.ts";

export const ROLES = ["anonymous", "member", "orgAdmin", "organizer", "platformAdmin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * One person per role, signed in, around one organization, one city (represented by a
 * city government) and one published and one draft edition:
 * - member / orgAdmin: member and admin of `organization`;
 * - organizer: organizer of `event` and `draftEvent`, in no organization;
 * - platformAdmin: platform administrator.
 */
export async function seedRoles(app: FastifyInstance, db: Database) {
  const organization = await buildOrganization(db);
  const cityGovernment = await buildOrganization(db, { kind: "city-government" });
  const city = await buildCity(db, { organizationId: cityGovernment.id });
  const event = await buildEvent(db, { hostCityId: city.id, status: "published" });
  const draftEvent = await buildEvent(db, { hostCityId: city.id, status: "draft" });
  const people = {
    member: await buildPerson(db, { organizationId: organization.id, organizationRole: "member" }),
    orgAdmin: await buildPerson(db, { organizationId: organization.id, organizationRole: "admin" }),
    organizer: await buildPerson(db),
    platformAdmin: await buildPerson(db, { isPlatformAdmin: true }),
  };
  for (const edition of [event, draftEvent]) {
    await buildParticipation(db, {
      eventId: edition.id,
      personId: people.organizer.id,
      role: "organizer",
    });
  }
  const sessions: Record<Role, Session | null> = {
    anonymous: null,
    member: await signIn(app, people.member.email, people.member.password),
    orgAdmin: await signIn(app, people.orgAdmin.email, people.orgAdmin.password),
    organizer: await signIn(app, people.organizer.email, people.organizer.password),
    platformAdmin: await signIn(app, people.platformAdmin.email, people.platformAdmin.password),
  };
  return { organization, cityGovernment, city, event, draftEvent, people, sessions };
}
export type RoleFixture = Awaited<ReturnType<typeof seedRoles>>;
