import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

/**
 * The short list of error codes the API answers with. Each maps to one HTTP status here,
 * and nowhere else; services throw AppError with a code and never think about HTTP.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ValidationIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details: unknown = null) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You are not allowed to do this") =>
  new AppError("forbidden", message);
export const conflict = (message: string, details: unknown = null) =>
  new AppError("conflict", message, details);
export const invalid = (issues: ValidationIssue[]) =>
  new AppError(
    "validation_failed",
    issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "),
    { issues },
  );

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: unknown };
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, details: error.details } };
}

/** PostgreSQL SQLSTATE codes we turn into client errors; anything else is a 500. */
interface DatabaseErrorLike {
  code: string;
  constraint?: string;
  detail?: string;
  message: string;
}

function findDatabaseError(error: unknown): DatabaseErrorLike | null {
  // Drizzle wraps driver errors (DrizzleQueryError.cause); PGlite and pg both carry `code`.
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (
      typeof current === "object" &&
      current !== null &&
      "code" in current &&
      typeof current.code === "string" &&
      /^[0-9A-Z]{5}$/.test(current.code)
    ) {
      return current as DatabaseErrorLike;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Translates a constraint violation into the AppError a client can act on. */
/** What a refused unique constraint means to the person who tripped it. */
const UNIQUE_MESSAGES: Record<string, string> = {
  meeting_attendees_one_meeting_per_slot:
    "Double booking: a participant already has a meeting in that slot",
  meetings_one_per_table_and_slot: "That table is already taken in that slot",
  meeting_requests_one_open_per_pair:
    "These two people already have an open meeting request at this edition",
  meeting_schedule_runs_one_running: "The scheduler is already running for this edition",
};

export function fromDatabaseError(error: unknown): AppError | null {
  const dbError = findDatabaseError(error);
  if (!dbError) return null;
  const constraint = dbError.constraint ?? constraintFromMessage(dbError.message);
  switch (dbError.code) {
    case "23505":
      return conflict(
        (constraint && UNIQUE_MESSAGES[constraint]) ??
          `Already exists (${constraint ?? "unique constraint"})`,
        { constraint },
      );
    case "23503":
    case "23001": {
      const stillUsed =
        dbError.code === "23001" || /still referenced/.test(dbError.detail ?? dbError.message);
      const table = /on table "([^"]+)"/.exec(dbError.message)?.[1];
      return conflict(
        stillUsed
          ? `Still in use${table ? ` by ${table}` : ""}; remove or reassign those first`
          : `A referenced record does not exist (${constraint ?? "foreign key"})`,
        { constraint },
      );
    }
    case "23514":
    case "23502":
      return new AppError("validation_failed", `Invalid value (${constraint ?? dbError.message})`, {
        constraint,
        issues: [{ path: constraint ?? "", message: dbError.message }],
      });
    case "22P02":
    case "22007":
    case "22008":
    case "22003":
    case "22001":
      return new AppError("bad_request", `Invalid value: ${dbError.message}`);
    default:
      return null;
  }
}

function constraintFromMessage(message: string): string | undefined {
  return /constraint "([^"]+)"/.exec(message)?.[1];
}

function issuesFromZod(error: FastifyError): ValidationIssue[] {
  const validation = (error.validation ?? []) as Array<{
    instancePath?: string;
    message?: string;
    params?: { issue?: { path?: PropertyKey[]; message?: string } };
  }>;
  const context = error.validationContext ?? "body";
  return validation.map((entry) => {
    const issuePath = entry.params?.issue?.path;
    const pathText =
      issuePath && issuePath.length > 0
        ? `${context}.${issuePath.map(String).join(".")}`
        : entry.instancePath
          ? `${context}${entry.instancePath.replaceAll("/", ".")}`
          : context;
    return { path: pathText, message: entry.params?.issue?.message ?? entry.message ?? "invalid" };
  });
}

/** The one place where errors become HTTP responses. Never leaks a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      appError = invalid(issuesFromZod(error));
    } else if (
      error.code === "FST_CSRF_INVALID_TOKEN" ||
      error.code === "FST_CSRF_MISSING_SECRET"
    ) {
      appError = new AppError(
        "csrf_invalid",
        "Missing or invalid CSRF token (x-csrf-token header)",
      );
    } else if (error.statusCode === 429) {
      appError = new AppError("rate_limited", "Too many requests, try again later");
    } else if (error.statusCode === 413 || error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      appError = new AppError("payload_too_large", "Request body is too large");
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, bad URL.
      appError = new AppError("bad_request", error.message);
    } else {
      appError =
        fromDatabaseError(error) ?? new AppError("internal", "Internal error, it has been logged");
    }
    if (appError.code === "internal") request.log.error({ err: error }, "unhandled error");
    const status = ERROR_STATUS[appError.code];
    return reply.status(status).send(errorBody(appError));
  });
}
