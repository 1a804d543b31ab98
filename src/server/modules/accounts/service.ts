import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../../db/client.ts";
import type { Actor, ActorContext, Clock, ServiceContext } from "../../http/context.ts";
import { AppError, conflict, notFound } from "../../http/errors.ts";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../people/passwords.ts";
import { presentPerson } from "../people/presenter.ts";
import {
  insertPerson,
  selectPersonById,
  selectPersonIdByEmail,
  updatePersonRow,
} from "../people/queries.ts";
import { presentApiToken } from "./presenter.ts";
import {
  countPlatformAdmins,
  countRecentFailures,
  deleteOtherSessions,
  deleteSession,
  insertApiToken,
  insertFailure,
  insertSession,
  revokeApiTokenRow,
  selectAccountByEmail,
  selectActorFacts,
  selectApiTokens,
  selectEventsByIds,
  selectPasswordHash,
  selectSessionPerson,
  selectTokenPerson,
  setPasswordHash,
} from "./queries.ts";
import type { ApiTokenResponse, MeResponse, SignUpInput, UpdateMeInput } from "./schema.ts";

export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Sign-in throttling: failures counted over a sliding window, per e-mail and per client. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 30;
const API_TOKEN_PREFIX = "cmt_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  me: MeResponse;
}

async function startSession(
  db: Database,
  clock: Clock,
  personId: string,
  userAgent: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(clock.now().getTime() + SESSION_DAYS * DAY_MS);
  await insertSession(db, { tokenHash: hashToken(token), personId, expiresAt, userAgent });
  return { token, expiresAt };
}

export async function signUp(
  ctx: ServiceContext,
  input: SignUpInput,
  userAgent: string | null,
): Promise<NewSession> {
  if (await selectPersonIdByEmail(ctx.db, input.email)) {
    throw conflict("An account with this e-mail already exists", {
      issues: [{ path: "body.email", message: "already registered" }],
    });
  }
  const passwordHash = await hashPassword(input.password);
  const personId = await insertPerson(ctx.db, {
    name: input.name,
    email: input.email,
    passwordHash,
    locale: input.locale ?? "en",
  });
  const session = await startSession(ctx.db, ctx.clock, personId, userAgent);
  return { ...session, me: await getMe(ctx.db, personId) };
}

export async function signIn(
  ctx: ServiceContext,
  input: { email: string; password: string },
  client: { address: string; userAgent: string | null },
): Promise<NewSession> {
  const email = input.email.toLowerCase();
  const since = new Date(ctx.clock.now().getTime() - SIGN_IN_WINDOW_MS);
  const [byEmail, byClient] = await Promise.all([
    countRecentFailures(ctx.db, { email }, since),
    countRecentFailures(ctx.db, { clientAddress: client.address }, since),
  ]);
  if (byEmail >= MAX_FAILURES_PER_EMAIL || byClient >= MAX_FAILURES_PER_CLIENT) {
    throw new AppError("rate_limited", "Too many failed sign-ins; try again in 15 minutes");
  }
  const account = await selectAccountByEmail(ctx.db, email);
  const passwordOk = await verifyPassword(
    account?.passwordHash ?? (await decoyPasswordHash()),
    input.password,
  );
  if (!account?.passwordHash || !passwordOk) {
    await insertFailure(ctx.db, {
      email,
      clientAddress: client.address,
      failedAt: ctx.clock.now(),
    });
    throw new AppError("unauthenticated", "Wrong e-mail or password");
  }
  const session = await startSession(ctx.db, ctx.clock, account.id, client.userAgent);
  return { ...session, me: await getMe(ctx.db, account.id) };
}

export async function signOut(ctx: ServiceContext, sessionToken: string | undefined) {
  if (sessionToken) await deleteSession(ctx.db, hashToken(sessionToken));
}

/** Resolves the caller from a session cookie or a bearer token; null when neither is valid. */
export async function resolveActor(
  db: Database,
  clock: Clock,
  credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined },
): Promise<Actor | null> {
  let personId: string | null = null;
  let via: Actor["via"] = "session";
  if (credentials.bearerToken) {
    personId = await selectTokenPerson(db, hashToken(credentials.bearerToken), clock.now());
    via = "token";
  } else if (credentials.sessionToken) {
    personId = await selectSessionPerson(db, hashToken(credentials.sessionToken), clock.now());
  }
  if (!personId) return null;
  const facts = await selectActorFacts(db, personId);
  if (!facts?.email || !facts.hasAccount) return null;
  return {
    personId: facts.personId,
    name: facts.name,
    email: facts.email,
    platformAdmin: facts.platformAdmin,
    organizationId: facts.organizationId,
    organizationRole: facts.organizationRole,
    organizerOf: facts.organizerOf,
    via,
  };
}

export async function getMe(db: Database, personId: string): Promise<MeResponse> {
  const [person, facts] = await Promise.all([
    selectPersonById(db, personId),
    selectActorFacts(db, personId),
  ]);
  if (!person || !facts) throw notFound("Person");
  const self: Actor = {
    personId,
    name: person.name,
    email: person.email ?? "",
    platformAdmin: facts.platformAdmin,
    organizationId: facts.organizationId,
    organizationRole: facts.organizationRole,
    organizerOf: facts.organizerOf,
    via: "session",
  };
  return {
    person: presentPerson(person, self),
    platformAdmin: facts.platformAdmin,
    organization:
      facts.organizationId && facts.organizationSlug && facts.organizationName
        ? {
            id: facts.organizationId,
            slug: facts.organizationSlug,
            name: facts.organizationName,
            role: facts.organizationRole ?? "member",
          }
        : null,
    organizerOf: await selectEventsByIds(db, facts.organizerOf),
  };
}

export async function updateMe(ctx: ActorContext, input: UpdateMeInput): Promise<MeResponse> {
  await updatePersonRow(ctx.db, ctx.actor.personId, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.languages !== undefined ? { languages: input.languages } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
    ...(input.bio !== undefined ? { bio: input.bio } : {}),
  });
  return getMe(ctx.db, ctx.actor.personId);
}

export async function changePassword(
  ctx: ActorContext,
  input: { currentPassword: string; newPassword: string },
  sessionToken: string | undefined,
): Promise<void> {
  const current = await selectPasswordHash(ctx.db, ctx.actor.personId);
  if (!current || !(await verifyPassword(current, input.currentPassword))) {
    throw new AppError("validation_failed", "The current password is wrong", {
      issues: [{ path: "body.currentPassword", message: "wrong password" }],
    });
  }
  const newHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, ctx.actor.personId, newHash);
    // Sign out every other browser: a password change is often a response to a leak.
    await deleteOtherSessions(tx, ctx.actor.personId, sessionToken ? hashToken(sessionToken) : "");
  });
}

export async function listApiTokens(ctx: ActorContext): Promise<ApiTokenResponse[]> {
  const rows = await selectApiTokens(ctx.db, ctx.actor.personId);
  return rows.map(presentApiToken);
}

export async function createApiToken(
  ctx: ActorContext,
  input: { name: string; expiresInDays?: number | undefined },
): Promise<{ token: string; item: ApiTokenResponse }> {
  const token = newToken(API_TOKEN_PREFIX);
  const row = await insertApiToken(ctx.db, {
    personId: ctx.actor.personId,
    name: input.name,
    tokenHash: hashToken(token),
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    expiresAt: input.expiresInDays
      ? new Date(ctx.clock.now().getTime() + input.expiresInDays * DAY_MS)
      : null,
  });
  return { token, item: presentApiToken(row) };
}

export async function revokeApiToken(ctx: ActorContext, id: string): Promise<void> {
  if (!(await revokeApiTokenRow(ctx.db, ctx.actor.personId, id, ctx.clock.now()))) {
    throw notFound("API token");
  }
}

export interface AdminAccountInput {
  email: string;
  password: string;
  name?: string | undefined;
}

/**
 * Creates a platform administrator, or promotes and resets the password of the person
 * with that e-mail. Used by `citymatch admin create` and the first start.
 */
export async function createPlatformAdmin(
  db: Database,
  input: AdminAccountInput,
): Promise<{ personId: string; created: boolean }> {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const existing = await selectPersonIdByEmail(db, email);
  if (existing) {
    await updatePersonRow(db, existing, { passwordHash, isPlatformAdmin: true });
    return { personId: existing, created: false };
  }
  const personId = await insertPerson(db, {
    name: input.name ?? "Platform administrator",
    email,
    passwordHash,
    isPlatformAdmin: true,
  });
  return { personId, created: true };
}

/** On first start: creates the admin from the environment when there is none yet. */
export async function ensureInitialAdmin(
  db: Database,
  input: AdminAccountInput | null,
): Promise<{ personId: string; created: boolean } | null> {
  if (!input) return null;
  if ((await countPlatformAdmins(db)) > 0) return null;
  return createPlatformAdmin(db, input);
}
