import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api.ts";

const KNOWN_CODES = [
  "validation_failed",
  "bad_request",
  "unauthenticated",
  "forbidden",
  "csrf_invalid",
  "not_found",
  "conflict",
  "payload_too_large",
  "rate_limited",
  "internal",
  "network_error",
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function knownCode(code: string): KnownCode | null {
  return (KNOWN_CODES as readonly string[]).includes(code) ? (code as KnownCode) : null;
}

/** A short, translated headline for an error; the server's message stays as detail. */
export function errorTitle(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const code = knownCode(error.code);
    if (code) return t(`errors.${code}`);
    if (error.status >= 500) return t("errors.internal");
  }
  return t("errors.unknown");
}

export function errorDetail(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "network_error") return t("errors.networkHint");
    if (error.status >= 500 && !error.message) return t("errors.internalHint");
    return error.message;
  }
  return error instanceof Error ? error.message : "";
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = errorDetail(t, error);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title={errorTitle(t, error)}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        {detail ? <Text size="sm">{detail}</Text> : null}
        {onRetry ? (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onRetry}
          >
            {t("common.retry")}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/**
 * The form field a server issue path names: `body.budgetMax` → `budgetMax`,
 * `body.deployments.0.year` → `deployments.0.year`, and an item of a list of plain values
 * (`body.sdgs.2`) → the list field `sdgs`. Null when the form has no such field.
 */
export function fieldOfIssue(path: string, values: object): string | null {
  const parts = path.replace(/^(body|querystring|query|params)\./, "").split(".");
  while (parts.length > 0 && /^\d+$/.test(parts.at(-1) ?? "")) parts.pop();
  const root = parts[0];
  if (!root || !(root in values)) return null;
  return parts.join(".");
}

/**
 * Puts the server's field issues (`body.email`) on the matching form fields. Returns
 * true when at least one issue found its field, so the caller knows whether a general
 * message is still needed.
 */
export function applyServerErrors(
  form: { getValues: () => object; setFieldError: (path: string, error: ReactNode) => void },
  error: unknown,
): boolean {
  if (!(error instanceof ApiError)) return false;
  let matched = false;
  for (const issue of error.issues) {
    const field = fieldOfIssue(issue.path, form.getValues());
    if (field) {
      form.setFieldError(field, issue.message);
      matched = true;
    }
  }
  return matched;
}
