import { Alert, Button, Card, Group, Radio, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconAlertTriangle, IconEye, IconLock, IconUsers } from "@tabler/icons-react";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, isApiError } from "../app/api.ts";
import { type Me, VISIBILITIES, type Visibility } from "../app/api-types.ts";
import { OrganizationPicker } from "./entity-pickers.tsx";

/** A titled group of fields in a long form. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Card component="fieldset" m={0} style={{ minWidth: 0 }}>
      <Title order={2} size="h4" component="legend" style={{ float: "left", width: "100%" }}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mt={4} style={{ clear: "both" }}>
          {description}
        </Text>
      ) : null}
      <Stack gap="md" mt="md" style={{ clear: "both" }}>
        {children}
      </Stack>
    </Card>
  );
}

const VISIBILITY_ICONS: Record<Visibility, ReactNode> = {
  public: <IconEye size={18} aria-hidden />,
  members: <IconUsers size={18} aria-hidden />,
  draft: <IconLock size={18} aria-hidden />,
};

/** Who can see the item: public, signed-in members, or the owner organization only. */
export function VisibilityField({
  value,
  onChange,
  error,
}: {
  value: Visibility;
  onChange: (value: Visibility) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t("fields.visibility")}
      value={value}
      onChange={(next) => onChange(next as Visibility)}
      error={error}
      required
    >
      <Stack gap="xs" mt={6}>
        {VISIBILITIES.map((visibility) => (
          <Radio.Card
            key={visibility}
            value={visibility}
            p="sm"
            radius="md"
            data-testid={`visibility-${visibility}`}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <div>
                <Group gap={6}>
                  {VISIBILITY_ICONS[visibility]}
                  <Text fw={600} size="sm">
                    {t(`visibility.${visibility}`)}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {t(`visibilityHints.${visibility}`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}

/**
 * Optimistic concurrency: a PATCH with `expectedVersion` answers 409 when someone else
 * saved first. This keeps that answer so the form can explain it and offer the choices.
 */
export function useConflict() {
  const [conflict, setConflict] = useState<{ currentVersion: number | null } | null>(null);
  return {
    conflict,
    /** True (and remembered) when the error is a stale-version 409. */
    catch: (error: unknown): boolean => {
      if (!isApiError(error, "conflict") || !(error instanceof ApiError)) return false;
      const details = error.details as { currentVersion?: unknown } | null;
      if (typeof details?.currentVersion !== "number") return false;
      setConflict({ currentVersion: details.currentVersion });
      return true;
    },
    clear: () => setConflict(null),
  };
}

export function ConflictAlert({
  what,
  editedVersion,
  currentVersion,
  onReload,
  onOverwrite,
  reloading,
  overwriting,
}: {
  what: string;
  editedVersion: number;
  currentVersion: number | null;
  onReload: () => void;
  onOverwrite: () => void;
  reloading: boolean;
  overwriting: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The alert appears at the top of a long form, far from the Save button just pressed.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "center" });
    ref.current?.focus();
  }, []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title={t("conflict.title", { what })}
      data-testid="conflict-alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {currentVersion
            ? t("conflict.versions", { current: currentVersion, edited: editedVersion })
            : t("conflict.generic")}
        </Text>
        <Text size="sm">{t("conflict.choose")}</Text>
        <Group gap="sm">
          <Button size="xs" color="orange" onClick={onReload} loading={reloading}>
            {t("conflict.reload")}
          </Button>
          <Button size="xs" variant="default" onClick={onOverwrite} loading={overwriting}>
            {t("conflict.overwrite")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Separators of the reader's number format, for NumberInput (1,234.5 · 1.234,5 · 1 234,5). */
export function useNumberSeparators(locale: string) {
  return useMemo(() => {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    return {
      thousandSeparator: parts.find((part) => part.type === "group")?.value ?? ",",
      decimalSeparator: parts.find((part) => part.type === "decimal")?.value ?? ".",
    };
  }, [locale]);
}

const COMMON_CURRENCIES = ["CNY", "EUR", "USD", "GBP", "JPY", "KRW", "SGD", "AED", "BRL", "INR"];

/** Currency options: the common ones first, then every ISO 4217 code the browser knows. */
export function useCurrencyOptions(locale: string) {
  return useMemo(() => {
    let codes: string[] = [];
    try {
      codes = Intl.supportedValuesOf("currency");
    } catch {
      codes = COMMON_CURRENCIES;
    }
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: "currency" });
    } catch {
      names = null;
    }
    const label = (code: string) => `${code} · ${names?.of(code) ?? code}`;
    const rest = codes.filter((code) => !COMMON_CURRENCIES.includes(code));
    return [...COMMON_CURRENCIES, ...rest].map((code) => ({ value: code, label: label(code) }));
  }, [locale]);
}

/** An exact decimal amount for the API ("1250000.50") from a NumberInput value. */
export function amountOf(value: number | string): string | null {
  if (value === "" || value === null || value === undefined) return null;
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(number)) return null;
  return String(number);
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The owner of a new item. Members publish for their own organization (shown, not
 * chosen); platform admins may pick any organization.
 */
export function OwnerField({
  me,
  value,
  onChange,
  error,
}: {
  me: Me;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  if (me.platformAdmin) {
    return (
      <OrganizationPicker
        label={t("fields.owner")}
        description={t("fields.ownerAdminHint")}
        placeholder={t("fields.ownerPlaceholder")}
        required
        value={value}
        valueLabel={me.organization?.id === value ? me.organization.name : null}
        onChange={(id) => onChange(id)}
        error={error}
      />
    );
  }
  return (
    <TextInput
      label={t("fields.owner")}
      description={t("fields.ownerHint")}
      value={me.organization?.name ?? ""}
      readOnly
      variant="filled"
      error={error}
    />
  );
}

/** Shown instead of a create form to someone who belongs to no organization. */
export function NoOrganizationAlert() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />}>
      {t("item.needsOrganization")}
    </Alert>
  );
}

/**
 * For form.onSubmit's second argument: brings the first field with an error into view and
 * gives it the keyboard, so a long form never fails silently below the fold.
 */
export function focusFirstError(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(
      'main form [aria-invalid="true"], main form [data-error="true"] input',
    );
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  });
}
