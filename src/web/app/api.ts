import type { ErrorBody, ValidationIssue } from "./api-types.ts";

export const API_BASE = "/api/v1";

/** An error answered by the API (or a network failure, status 0), with the body's code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown = null) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field issues of a `validation_failed` error, e.g. `{ path: "body.email", message }`. */
  get issues(): ValidationIssue[] {
    const details = this.details;
    if (typeof details !== "object" || details === null || !("issues" in details)) return [];
    const issues = (details as { issues: unknown }).issues;
    if (!Array.isArray(issues)) return [];
    return issues.filter(
      (issue): issue is ValidationIssue =>
        typeof issue === "object" &&
        issue !== null &&
        typeof (issue as ValidationIssue).path === "string" &&
        typeof (issue as ValidationIssue).message === "string",
    );
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

// One token per page load and session; the promise is shared so concurrent mutations
// ask the server once. It is dropped whenever the session changes or the server rejects it.
let csrfToken: Promise<string> | null = null;

export function resetCsrfToken(): void {
  csrfToken = null;
}

function getCsrfToken(): Promise<string> {
  if (!csrfToken) {
    csrfToken = send<{ token: string }>("GET", "/auth/csrf", {}, null).then(
      (body) => body.token,
      (error: unknown) => {
        csrfToken = null;
        throw error;
      },
    );
  }
  return csrfToken;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ""}`;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, an empty body): fall through to a generic error.
  }
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.code === "string") {
    return new ApiError(response.status, error.code, error.message ?? "", error.details ?? null);
  }
  return new ApiError(response.status, `http_${response.status}`, response.statusText);
}

async function send<T>(
  method: Method,
  path: string,
  options: RequestOptions,
  csrf: string | null,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  // A FormData body (a file upload) sets its own multipart content type and boundary.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers["content-type"] = "application/json";
  if (csrf) headers["x-csrf-token"] = csrf;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body:
        options.body === undefined
          ? undefined
          : multipart
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  if (method === "GET") return send<T>(method, path, options, null);
  try {
    return await send<T>(method, path, options, await getCsrfToken());
  } catch (error) {
    // The token expired or belonged to another session: fetch a fresh one, once.
    if (isApiError(error, "csrf_invalid")) {
      resetCsrfToken();
      return send<T>(method, path, options, await getCsrfToken());
    }
    throw error;
  }
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
  delete: <T = void>(path: string) => request<T>("DELETE", path),
  /** POSTs a multipart form (files), with the same CSRF handling as other writes. */
  upload: <T>(path: string, form: FormData, query?: Record<string, QueryValue>) =>
    request<T>("POST", path, { body: form, query }),
};
