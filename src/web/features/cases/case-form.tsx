import {
  ActionIcon,
  Button,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId, useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api } from "../../app/api.ts";
import type { CaseDetail, CaseInput, Me, SearchResult, Visibility } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { CityPicker, OrganizationPicker } from "../../components/entity-pickers.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import {
  amountOf,
  ConflictAlert,
  DAY_PATTERN,
  FormSection,
  focusFirstError,
  NoOrganizationAlert,
  OwnerField,
  useConflict,
  useCurrencyOptions,
  useNumberSeparators,
  VisibilityField,
} from "../../components/item-form.tsx";
import { MarkdownEditor } from "../../components/markdown.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useAreaOptions, useSdgOptions } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { useCase } from "./data.ts";
import { useSaveCase } from "./mutations.ts";

interface KpiValues {
  key: string;
  metric: string;
  baseline: number | string;
  result: number | string;
  unit: string;
  year: number | string;
}

interface PartnerValues {
  key: string;
  organizationId: string | null;
  /** Label of the chosen organization before the picker has searched for it. */
  organizationName: string | null;
  role: string;
}

interface CaseFormValues {
  organizationId: string | null;
  cityId: string | null;
  title: string;
  summary: string;
  problem: string;
  approach: string;
  domains: string[];
  sdgs: string[];
  tags: string[];
  investment: number | string;
  currency: string | null;
  startedOn: string;
  endedOn: string;
  visibility: Visibility;
  kpis: KpiValues[];
  partners: PartnerValues[];
  solutionIds: string[];
}

const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;

function initialValues(item: CaseDetail | null, me: Me): CaseFormValues {
  return {
    organizationId: item?.organization.id ?? me.organization?.id ?? null,
    cityId: item?.city.id ?? null,
    title: item?.title ?? "",
    summary: item?.summary ?? "",
    problem: item?.problem ?? "",
    approach: item?.approach ?? "",
    domains: item?.domains ?? [],
    sdgs: (item?.sdgs ?? []).map(String),
    tags: item?.tags ?? [],
    investment: item?.investment ? Number(item.investment.amount) : "",
    currency: item?.investment?.currency ?? null,
    startedOn: item?.startedOn ?? "",
    endedOn: item?.endedOn ?? "",
    visibility: item?.visibility ?? "public",
    kpis: (item?.kpis ?? []).map((kpi) => ({
      key: randomId(),
      metric: kpi.metric,
      baseline: kpi.baseline ?? "",
      result: kpi.result,
      unit: kpi.unit,
      year: kpi.year ?? "",
    })),
    partners: (item?.partners ?? []).map((partner) => ({
      key: randomId(),
      organizationId: partner.id,
      organizationName: partner.name,
      role: partner.role,
    })),
    solutionIds: (item?.solutions ?? []).map((solution) => solution.id),
  };
}

function toInput(values: CaseFormValues): CaseInput {
  return {
    cityId: values.cityId ?? undefined,
    title: values.title.trim(),
    summary: values.summary.trim(),
    problem: values.problem,
    approach: values.approach,
    domains: values.domains,
    sdgs: values.sdgs.map(Number),
    tags: values.tags,
    investment: amountOf(values.investment),
    currency: values.currency || null,
    startedOn: values.startedOn || null,
    endedOn: values.endedOn || null,
    visibility: values.visibility,
    kpis: values.kpis.map((kpi) => ({
      metric: kpi.metric.trim(),
      baseline: kpi.baseline === "" ? null : Number(kpi.baseline),
      result: Number(kpi.result),
      unit: kpi.unit.trim(),
      year: kpi.year === "" ? null : Number(kpi.year),
    })),
    partners: values.partners
      .filter((partner) => partner.organizationId)
      .map((partner) => ({
        organizationId: partner.organizationId ?? "",
        role: partner.role.trim() || "partner",
      })),
    solutionIds: values.solutionIds,
  };
}

/** Solutions to link, found with the search API as one types; chosen ones keep their titles. */
function SolutionsPicker({
  value,
  onChange,
  initial,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  initial: { id: string; title: string; organizationName: string }[];
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text, 250);
  const seen = useRef(
    new Map(
      initial.map((solution) => [solution.id, `${solution.title} — ${solution.organizationName}`]),
    ),
  );
  const found = useQuery({
    queryKey: ["picker", "solutions", debounced.trim()],
    queryFn: ({ signal }) =>
      api.get<SearchResult>(
        "/search",
        { type: "solution", q: debounced.trim() || undefined, limit: 20 },
        signal,
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const data = useMemo(() => {
    for (const hit of found.data?.items ?? []) {
      seen.current.set(hit.id, `${hit.title} — ${hit.organization.name}`);
    }
    const ids = new Set([...value, ...(found.data?.items ?? []).map((hit) => hit.id)]);
    return [...ids].map((id) => ({ value: id, label: seen.current.get(id) ?? id }));
  }, [found.data, value]);
  return (
    <MultiSelect
      label={t("case.solutions")}
      description={t("form.solutionsHint")}
      placeholder={t("form.solutionsPlaceholder")}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t("common.loading") : t("common.noResults")}
      clearable
      maxValues={50}
      error={error}
    />
  );
}

function CaseForm({
  item,
  me,
  onReload,
  reloading,
}: {
  item: CaseDetail | null;
  me: Me;
  onReload?: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const save = useSaveCase();
  const areaOptions = useAreaOptions();
  const sdgOptions = useSdgOptions();
  const currencies = useCurrencyOptions(format.locale);
  const separators = useNumberSeparators(format.locale);
  const conflict = useConflict();
  const [generalError, setGeneralError] = useState<unknown>(null);

  const form = useForm<CaseFormValues>({
    initialValues: initialValues(item, me),
    validate: {
      organizationId: (value) => (value ? null : t("validation.required")),
      cityId: (value) => (value ? null : t("validation.required")),
      title: (value) =>
        value.trim().length < 3
          ? t("validation.minLength", { min: 3 })
          : value.trim().length > 200
            ? t("validation.maxLength", { max: 200 })
            : null,
      summary: (value) =>
        value.trim().length > 600 ? t("validation.maxLength", { max: 600 }) : null,
      investment: (value) =>
        value === "" || AMOUNT.test(String(value)) ? null : t("validation.amount"),
      currency: (value, values) =>
        values.investment !== "" && !value ? t("validation.currencyNeeded") : null,
      startedOn: (value) => (!value || DAY_PATTERN.test(value) ? null : t("validation.date")),
      endedOn: (value, values) => {
        if (!value) return null;
        if (!DAY_PATTERN.test(value)) return t("validation.date");
        if (values.startedOn && value < values.startedOn) return t("validation.endBeforeStart");
        return null;
      },
      kpis: {
        metric: (value) => (value.trim() ? null : t("validation.required")),
        result: (value) => (value === "" ? t("validation.required") : null),
        year: (value) =>
          value === "" || (Number(value) >= 1950 && Number(value) <= 2100)
            ? null
            : t("validation.range", { min: 1950, max: 2100 }),
      },
      partners: {
        organizationId: (value) => (value ? null : t("validation.required")),
      },
    },
  });

  const submit = (values: CaseFormValues, expectedVersion?: number) => {
    setGeneralError(null);
    conflict.clear();
    const input = toInput(values);
    if (item) input.expectedVersion = expectedVersion ?? item.version;
    else input.organizationId = values.organizationId ?? undefined;
    save.mutate(
      { id: item?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: "civic",
            message: item ? t("common.saved") : t("cases.created"),
          });
          void navigate(`/cases/${saved.slug}`, { replace: Boolean(item) });
        },
        onError: (error) => {
          if (conflict.catch(error)) return;
          if (applyServerErrors(form, error)) focusFirstError();
          else setGeneralError(error);
        },
      },
    );
  };

  const kpiRows = form.values.kpis.map((kpi, index) => (
    <Paper key={kpi.key} withBorder p="sm" radius="md" data-testid="kpi-row">
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={700}>
          {t("form.kpiNumber", { number: index + 1 })}
        </Text>
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={() => form.removeListItem("kpis", index)}
          aria-label={t("form.removeKpi", { number: index + 1 })}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <TextInput
        label={t("fields.metric")}
        placeholder={t("form.metricPlaceholder")}
        required
        maxLength={200}
        {...form.getInputProps(`kpis.${index}.metric`)}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} mt="sm">
        <NumberInput
          label={t("case.baseline")}
          {...separators}
          {...form.getInputProps(`kpis.${index}.baseline`)}
        />
        <NumberInput
          label={t("case.result")}
          required
          {...separators}
          {...form.getInputProps(`kpis.${index}.result`)}
        />
        <TextInput
          label={t("fields.unit")}
          placeholder="%"
          maxLength={40}
          {...form.getInputProps(`kpis.${index}.unit`)}
        />
        <NumberInput
          label={t("fields.year")}
          min={1950}
          max={2100}
          allowDecimal={false}
          thousandSeparator={false}
          {...form.getInputProps(`kpis.${index}.year`)}
        />
      </SimpleGrid>
    </Paper>
  ));

  const partnerRows = form.values.partners.map((partner, index) => (
    <Group key={partner.key} align="flex-end" wrap="nowrap" gap="xs" data-testid="partner-row">
      <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
        <OrganizationPicker
          label={t("fields.organization")}
          required
          value={partner.organizationId}
          valueLabel={partner.organizationName}
          onChange={(id, organization) => {
            form.setFieldValue(`partners.${index}.organizationId`, id);
            form.setFieldValue(`partners.${index}.organizationName`, organization?.name ?? null);
          }}
          error={form.errors[`partners.${index}.organizationId`]}
        />
        <TextInput
          label={t("fields.partnerRole")}
          placeholder={t("form.partnerRolePlaceholder")}
          maxLength={100}
          {...form.getInputProps(`partners.${index}.role`)}
        />
      </SimpleGrid>
      <ActionIcon
        variant="subtle"
        color="red"
        size="lg"
        mb={2}
        onClick={() => form.removeListItem("partners", index)}
        aria-label={t("form.removePartner", { number: index + 1 })}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  ));

  return (
    <form onSubmit={form.onSubmit((values) => submit(values), focusFirstError)} noValidate>
      <Stack gap="lg">
        {conflict.conflict && item ? (
          <ConflictAlert
            what={t("itemTypes.case").toLocaleLowerCase(format.locale)}
            editedVersion={item.version}
            currentVersion={conflict.conflict.currentVersion}
            reloading={Boolean(reloading)}
            overwriting={save.isPending}
            onReload={() => onReload?.()}
            onOverwrite={() =>
              submit(form.getValues(), conflict.conflict?.currentVersion ?? undefined)
            }
          />
        ) : null}
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <FormSection title={t("form.aboutCase")}>
                {item ? null : (
                  <OwnerField
                    me={me}
                    value={form.values.organizationId}
                    onChange={(id) => form.setFieldValue("organizationId", id)}
                    error={form.errors.organizationId}
                  />
                )}
                <TextInput
                  label={t("fields.itemTitle")}
                  required
                  maxLength={200}
                  {...form.getInputProps("title")}
                />
                <CityPicker
                  label={t("fields.city")}
                  description={t("form.caseCityHint")}
                  required
                  value={form.values.cityId}
                  valueLabel={item?.city.name ?? null}
                  onChange={(id) => form.setFieldValue("cityId", id)}
                  error={form.errors.cityId}
                />
                <Textarea
                  label={t("fields.summary")}
                  description={t("form.summaryHint", {
                    count: form.values.summary.length,
                    max: 600,
                  })}
                  autosize
                  minRows={2}
                  maxRows={6}
                  maxLength={600}
                  {...form.getInputProps("summary")}
                />
                <MarkdownEditor
                  label={t("case.problem")}
                  value={form.values.problem}
                  onChange={(value) => form.setFieldValue("problem", value)}
                  error={form.errors.problem}
                  minRows={5}
                />
                <MarkdownEditor
                  label={t("case.approach")}
                  value={form.values.approach}
                  onChange={(value) => form.setFieldValue("approach", value)}
                  error={form.errors.approach}
                  minRows={5}
                />
              </FormSection>
              <FormSection title={t("case.results")} description={t("form.kpisHint")}>
                {kpiRows.length > 0 ? (
                  kpiRows
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("form.noKpis")}
                  </Text>
                )}
                <Group>
                  <Button
                    variant="light"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() =>
                      form.insertListItem("kpis", {
                        key: randomId(),
                        metric: "",
                        baseline: "",
                        result: "",
                        unit: "",
                        year: "",
                      })
                    }
                  >
                    {t("form.addKpi")}
                  </Button>
                </Group>
              </FormSection>
              <FormSection title={t("form.partnersAndSolutions")}>
                {partnerRows}
                <Group>
                  <Button
                    variant="light"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() =>
                      form.insertListItem("partners", {
                        key: randomId(),
                        organizationId: null,
                        organizationName: null,
                        role: "",
                      })
                    }
                  >
                    {t("form.addPartner")}
                  </Button>
                </Group>
                <SolutionsPicker
                  value={form.values.solutionIds}
                  onChange={(ids) => form.setFieldValue("solutionIds", ids)}
                  initial={item?.solutions ?? []}
                  error={form.errors.solutionIds}
                />
              </FormSection>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              <FormSection title={t("form.publishing")}>
                <VisibilityField
                  value={form.values.visibility}
                  onChange={(value) => form.setFieldValue("visibility", value)}
                  error={form.errors.visibility}
                />
              </FormSection>
              <FormSection title={t("form.investmentAndPeriod")}>
                <NumberInput
                  label={t("fields.investment")}
                  min={0}
                  decimalScale={2}
                  allowNegative={false}
                  {...separators}
                  {...form.getInputProps("investment")}
                />
                <Select
                  label={t("fields.currency")}
                  data={currencies}
                  searchable
                  clearable
                  nothingFoundMessage={t("common.noResults")}
                  {...form.getInputProps("currency")}
                />
                <TextInput
                  type="date"
                  label={t("fields.startedOn")}
                  {...form.getInputProps("startedOn")}
                />
                <TextInput
                  type="date"
                  label={t("fields.endedOn")}
                  {...form.getInputProps("endedOn")}
                />
              </FormSection>
              <FormSection title={t("form.classification")}>
                <MultiSelect
                  label={t("fields.domains")}
                  data={areaOptions}
                  clearable
                  {...form.getInputProps("domains")}
                />
                <MultiSelect
                  label={t("fields.sdgs")}
                  data={sdgOptions}
                  searchable
                  clearable
                  nothingFoundMessage={t("common.noResults")}
                  {...form.getInputProps("sdgs")}
                />
                <TagsInput
                  label={t("fields.tags")}
                  description={t("form.tagsHint")}
                  maxTags={20}
                  clearable
                  {...form.getInputProps("tags")}
                />
              </FormSection>
            </Stack>
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={item ? `/cases/${item.slug}` : "/cases"}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {item ? t("common.save") : t("cases.publish")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CaseNewPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <PageHeader eyebrow={t("itemTypes.case")} title={t("cases.new")} />
      <SignedIn>
        {(me) =>
          me.organization || me.platformAdmin ? (
            <CaseForm item={null} me={me} />
          ) : (
            <NoOrganizationAlert />
          )
        }
      </SignedIn>
    </PageContainer>
  );
}

export function CaseEditPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const item = useCase(slug);
  return (
    <PageContainer>
      <SignedIn>
        {(me) => (
          <QueryState query={item}>
            {(data) => (
              <>
                <PageHeader
                  eyebrow={t("itemTypes.case")}
                  title={t("common.editNamed", { name: data.title })}
                  documentTitle={t("common.editNamed", { name: data.title })}
                />
                {data.canEdit ? (
                  <CaseForm
                    key={data.version}
                    item={data}
                    me={me}
                    reloading={item.isFetching}
                    onReload={() => void item.refetch()}
                  />
                ) : (
                  <ErrorAlert error={new Error(t("item.cannotEdit"))} />
                )}
              </>
            )}
          </QueryState>
        )}
      </SignedIn>
    </PageContainer>
  );
}
