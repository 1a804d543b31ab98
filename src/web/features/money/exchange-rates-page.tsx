import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconEdit, IconTrash } from "@tabler/icons-react";
import { type RefObject, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExchangeRate } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { useCurrencyOptions } from "../../components/item-form.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton, QueryState } from "../../components/query-state.tsx";
import { useFormat } from "../../components/use-format.ts";
import { managesExchangeRates, ratesInForce, sortRates, useExchangeRates } from "./data.ts";
import { useDeleteExchangeRate, usePutExchangeRate } from "./mutations.ts";

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the API takes for a rate: up to ten digits before and after the point. */
const RATE_PATTERN = /^\d{1,10}(\.\d{1,10})?$/;

/** "1,0825" as typed in Spanish is the API's "1.0825"; anything else goes as typed. */
function decimalOf(value: string): string {
  const trimmed = value.trim();
  return /^\d+,\d+$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
}

/** The API's exact decimal without its padding zeros, in the reader's digits. */
function useRateFormat() {
  const { locale } = useFormat();
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 10 });
    return (value: string) => number.format(Number(value));
  }, [locale]);
}

interface RateValues {
  currency: string | null;
  validFrom: string;
  usdPerUnit: string;
}

function useRateForm() {
  const { t } = useTranslation();
  return useForm<RateValues>({
    initialValues: { currency: null, validFrom: today(), usdPerUnit: "" },
    // The shape of the value is checked here, in the reader's language; the API checks
    // the rest (a currency it knows, a real day, more than zero) and says so by field.
    validate: {
      currency: (value) => (value ? null : t("validation.currencyNeeded")),
      validFrom: (value) => (value ? null : t("validation.date")),
      usdPerUnit: (value) => {
        if (!value.trim()) return t("validation.required");
        return RATE_PATTERN.test(decimalOf(value)) ? null : t("exchangeRates.usdPerUnitFormat");
      },
    },
  });
}
type RateFormState = ReturnType<typeof useRateForm>;

function RateForm({
  rates,
  form,
  valueRef,
}: {
  rates: readonly ExchangeRate[];
  form: RateFormState;
  valueRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = useRateFormat();
  const currencies = useCurrencyOptions(format.locale);
  const put = usePutExchangeRate();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const { currency, validFrom } = form.values;
  const replaced = rates.find(
    (entry) => entry.currency === currency && entry.validFrom === validFrom,
  );

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const saved = {
      currency: values.currency ?? "",
      validFrom: values.validFrom,
      usdPerUnit: decimalOf(values.usdPerUnit),
    };
    put.mutate(saved, {
      onSuccess: (result) => {
        notifications.show({
          color: "civic",
          message: t("exchangeRates.saved", {
            currency: result.currency,
            day: format.day(result.validFrom),
          }),
        });
        form.setFieldValue("usdPerUnit", "");
      },
      onError: (error) => {
        if (!applyServerErrors(form, error)) setGeneralError(error);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="exchange-rate-form">
      <Stack gap="md">
        <Select
          label={t("fields.currency")}
          placeholder={t("exchangeRates.currencyPlaceholder")}
          data={currencies}
          searchable
          required
          allowDeselect={false}
          nothingFoundMessage={t("common.noResults")}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("currency")}
        />
        <TextInput
          type="date"
          label={t("exchangeRates.validFrom")}
          description={t("exchangeRates.validFromHint")}
          required
          {...form.getInputProps("validFrom")}
        />
        <TextInput
          label={t("exchangeRates.usdPerUnit")}
          description={
            currency
              ? t("exchangeRates.usdPerUnitHint", { currency })
              : t("exchangeRates.usdPerUnitHintAny")
          }
          placeholder="1.0825"
          inputMode="decimal"
          autoComplete="off"
          required
          ref={valueRef}
          {...form.getInputProps("usdPerUnit")}
        />
        {replaced ? (
          <Text size="sm" c="orange.8" data-testid="exchange-rate-replaces">
            {t("exchangeRates.replaces", {
              currency: replaced.currency,
              day: format.day(replaced.validFrom),
              rate: rate(replaced.usdPerUnit),
            })}
          </Text>
        ) : null}
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={put.isPending}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            {t("exchangeRates.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ExchangeRatesView() {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = useRateFormat();
  const rates = useExchangeRates();
  const remove = useDeleteExchangeRate();
  const [deleting, setDeleting] = useState<ExchangeRate | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const form = useRateForm();

  return (
    <>
      <PageHeader
        eyebrow={t("exchangeRates.eyebrow")}
        title={t("exchangeRates.title")}
        description={t("exchangeRates.description")}
      />
      <QueryState query={rates}>
        {(data) => {
          const sorted = sortRates(data.items);
          const inForce = ratesInForce(data.items, today());
          const currencies = [...new Set(sorted.map((entry) => entry.currency))];
          const shown = filter ? sorted.filter((entry) => entry.currency === filter) : sorted;
          return (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 8 }}>
                <Card p={0}>
                  <Group justify="space-between" p="lg" pb="sm" gap="sm" wrap="wrap">
                    <Title order={2} size="h4">
                      {t("exchangeRates.tableTitle")}
                    </Title>
                    <Select
                      aria-label={t("exchangeRates.filter")}
                      placeholder={t("exchangeRates.allCurrencies")}
                      data={currencies}
                      value={filter}
                      onChange={setFilter}
                      clearable
                      searchable
                      w={200}
                      size="sm"
                    />
                  </Group>
                  {shown.length === 0 ? (
                    <Text c="dimmed" px="lg" pb="lg" data-testid="exchange-rates-empty">
                      {t("exchangeRates.empty")}
                    </Text>
                  ) : (
                    <div className="cm-table-scroll">
                      <Table
                        verticalSpacing="sm"
                        horizontalSpacing="lg"
                        striped
                        data-testid="exchange-rates"
                      >
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t("fields.currency")}</Table.Th>
                            <Table.Th>{t("exchangeRates.validFrom")}</Table.Th>
                            <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                              {t("exchangeRates.usdPerUnit")}
                            </Table.Th>
                            <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                              {t("exchangeRates.perUsd")}
                            </Table.Th>
                            <Table.Th ta="right">{t("common.actions")}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {shown.map((entry) => {
                            const name = `${entry.currency} ${format.day(entry.validFrom)}`;
                            const perUsd = 1 / Number(entry.usdPerUnit);
                            return (
                              <Table.Tr
                                key={`${entry.currency}-${entry.validFrom}`}
                                data-testid="exchange-rate"
                              >
                                <Table.Td>
                                  <Group gap="xs" wrap="nowrap">
                                    <Text fw={700} size="sm" ff="monospace">
                                      {entry.currency}
                                    </Text>
                                    <Text size="sm" c="dimmed" visibleFrom="sm">
                                      {currencyName(format.locale, entry.currency)}
                                    </Text>
                                  </Group>
                                </Table.Td>
                                <Table.Td>
                                  <Group gap="xs" wrap="nowrap">
                                    <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                                      {format.day(entry.validFrom)}
                                    </Text>
                                    {inForce.has(entry) ? (
                                      <Badge size="xs" variant="light" color="civic">
                                        {t("exchangeRates.current")}
                                      </Badge>
                                    ) : null}
                                  </Group>
                                </Table.Td>
                                <Table.Td
                                  ta="right"
                                  style={{ fontVariantNumeric: "tabular-nums" }}
                                  data-testid="exchange-rate-value"
                                >
                                  {rate(entry.usdPerUnit)}
                                </Table.Td>
                                <Table.Td
                                  ta="right"
                                  c="dimmed"
                                  style={{ fontVariantNumeric: "tabular-nums" }}
                                >
                                  {Number.isFinite(perUsd)
                                    ? new Intl.NumberFormat(format.locale, {
                                        maximumSignificantDigits: 5,
                                      }).format(perUsd)
                                    : "—"}
                                </Table.Td>
                                <Table.Td>
                                  <Group gap={4} justify="flex-end" wrap="nowrap">
                                    <Tooltip label={t("common.edit")}>
                                      <ActionIcon
                                        variant="subtle"
                                        aria-label={t("common.editNamed", { name })}
                                        onClick={() => {
                                          form.setValues({
                                            currency: entry.currency,
                                            validFrom: entry.validFrom,
                                            usdPerUnit: String(Number(entry.usdPerUnit)),
                                          });
                                          form.clearErrors();
                                          valueRef.current?.focus();
                                        }}
                                      >
                                        <IconEdit size={16} aria-hidden />
                                      </ActionIcon>
                                    </Tooltip>
                                    <Tooltip label={t("common.delete")}>
                                      <ActionIcon
                                        variant="subtle"
                                        color="red"
                                        aria-label={t("common.deleteNamed", { name })}
                                        onClick={() => {
                                          remove.reset();
                                          setDeleting(entry);
                                        }}
                                      >
                                        <IconTrash size={16} aria-hidden />
                                      </ActionIcon>
                                    </Tooltip>
                                  </Group>
                                </Table.Td>
                              </Table.Tr>
                            );
                          })}
                        </Table.Tbody>
                      </Table>
                    </div>
                  )}
                </Card>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Card component="section" aria-labelledby="exchange-rate-form-title">
                  <Title order={2} size="h4" mb={4} id="exchange-rate-form-title">
                    {t("exchangeRates.formTitle")}
                  </Title>
                  <Text size="sm" c="dimmed" mb="md">
                    {t("exchangeRates.formHint")}
                  </Text>
                  <RateForm rates={data.items} form={form} valueRef={valueRef} />
                </Card>
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryState>
      <ConfirmModal
        opened={deleting !== null}
        title={t("exchangeRates.deleteTitle")}
        message={t("exchangeRates.deleteConfirm", {
          currency: deleting?.currency ?? "",
          day: deleting ? format.day(deleting.validFrom) : "",
        })}
        confirmLabel={t("common.delete")}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting, {
            onSuccess: () => {
              notifications.show({ color: "civic", message: t("common.deleted") });
              setDeleting(null);
            },
          })
        }
      />
    </>
  );
}

function currencyName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? "";
  } catch {
    return "";
  }
}

/** `/exchange-rates`: the dated rates deal values are counted in US dollars with. */
export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <PageContainer>
        <PageSkeleton />
      </PageContainer>
    );
  }
  if (me.isError) {
    return (
      <PageContainer>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </PageContainer>
    );
  }
  if (!managesExchangeRates(me.data)) {
    return (
      <ForbiddenContent
        signedIn={Boolean(me.data)}
        description={me.data ? t("exchangeRates.forbidden") : t("exchangeRates.forbiddenSignIn")}
      />
    );
  }
  return (
    <PageContainer>
      <ExchangeRatesView />
    </PageContainer>
  );
}
