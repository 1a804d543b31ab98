import type { Database } from "../db/client.ts";

/** Who is calling. Loaded once per request from the session cookie or the API token. */
export interface Actor {
  personId: string;
  name: string;
  email: string;
  platformAdmin: boolean;
  organizationId: string | null;
  organizationRole: "admin" | "member" | null;
  /** Ids of the events this person organizes. */
  organizerOf: string[];
  via: "session" | "token";
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** What every service receives: explicit inputs, no hidden globals. */
export interface ServiceContext {
  db: Database;
  clock: Clock;
  actor: Actor | null;
  /** Where e-mail notifications go; absent in contexts that send none (CLI, demo). */
  mailer?: Mailer;
}

/** A context for a signed-in actor; routes with access other than "public" get one. */
export interface ActorContext extends ServiceContext {
  actor: Actor;
}
