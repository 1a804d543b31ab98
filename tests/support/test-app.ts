import { randomBytes } from "node:crypto";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../../src/server/app.ts";
import { type DatabaseHandle, openDatabase } from "../../src/server/db/client.ts";
import type { Clock, Mailer } from "../../src/server/http/context.ts";

/**
 * A fresh database per test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (created here, dropped on close), so the
 * same HTTP suite runs on both.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  const name = `citymatch_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function startTestApp(
  options: { clock?: Clock; trustProxy?: boolean; mailer?: Mailer } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({
    database,
    logger: false,
    trustProxy: options.trustProxy ?? false,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in browser: the session and CSRF cookies, and the CSRF token for writes. */
export interface Session {
  cookies: Record<string, string>;
  csrfToken: string;
}

function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie.value]));
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<Session> {
  const response = await app.inject({
    method: "POST",
    url: "/api/v1/auth/sign-in",
    payload: { email, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  }
  return withCsrf(app, cookiesOf(response));
}

export async function withCsrf(
  app: FastifyInstance,
  cookies: Record<string, string>,
): Promise<Session> {
  const csrf = await app.inject({ method: "GET", url: "/api/v1/auth/csrf", cookies });
  return {
    cookies: { ...cookies, ...cookiesOf(csrf) },
    csrfToken: (csrf.json() as { token: string }).token,
  };
}

/** `app.inject` as the given session (or anonymous), with the CSRF header on writes. */
export interface CallOptions {
  method: string;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

export function call(
  app: FastifyInstance,
  session: Session | null,
  options: CallOptions,
): Promise<LightMyRequestResponse> {
  return app.inject({
    ...options,
    cookies: { ...(session?.cookies ?? {}), ...(options.cookies ?? {}) },
    headers: {
      ...(session ? { "x-csrf-token": session.csrfToken } : {}),
      ...(options.headers ?? {}),
    },
  } as InjectOptions) as Promise<LightMyRequestResponse>;
}

/** A multipart/form-data body with one file field named `file`. */
export function multipartFile(filename: string, content: string | Buffer) {
  const boundary = `----citymatch${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content), tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
