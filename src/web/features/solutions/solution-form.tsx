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
import { randomId } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import {
  CONTINENTS,
  type Me,
  PRICE_MODELS,
  type PriceModel,
  type SolutionDetail,
  type SolutionInput,
  TRLS,
  type Trl,
  type Visibility,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { COMMON_LANGUAGES, countryOptions, languageName } from "../../components/countries.ts";
import { CityPicker } from "../../components/entity-pickers.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import {
  ConflictAlert,
  FormSection,
  focusFirstError,
  NoOrganizationAlert,
  OwnerField,
  useConflict,
  VisibilityField,
} from "../../components/item-form.tsx";
import { MarkdownEditor } from "../../components/markdown.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useAreaOptions, useSdgOptions } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { useSolution } from "./data.ts";
import { useSaveSolution } from "./mutations.ts";

interface DeploymentValues {
  key: string;
  cityId: string | null;
  cityName: string;
  country: string | null;
  year: number | string;
  outcome: string;
}

interface SolutionFormValues {
  organizationId: string | null;
  title: string;
  summary: string;
  description: string;
  domains: string[];
  sdgs: string[];
  tags: string[];
  trl: string | null;
  priceModel: PriceModel;
  regionsServed: string[];
  languages: string[];
  certifications: string[];
  mediaLinks: string[];
  visibility: Visibility;
  deployments: DeploymentValues[];
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function initialValues(solution: SolutionDetail | null, me: Me): SolutionFormValues {
  return {
    organizationId: solution?.organization.id ?? me.organization?.id ?? null,
    title: solution?.title ?? "",
    summary: solution?.summary ?? "",
    description: solution?.description ?? "",
    domains: solution?.domains ?? [],
    sdgs: (solution?.sdgs ?? []).map(String),
    tags: solution?.tags ?? [],
    trl: solution ? String(solution.trl) : null,
    priceModel: solution?.priceModel ?? "subscription",
    regionsServed: solution?.regionsServed ?? [],
    languages: solution?.languages ?? [],
    certifications: solution?.certifications ?? [],
    mediaLinks: solution?.mediaLinks ?? [],
    visibility: solution?.visibility ?? "public",
    deployments: (solution?.deployments ?? []).map((deployment) => ({
      key: randomId(),
      cityId: deployment.cityId,
      cityName: deployment.cityName,
      country: deployment.country,
      year: deployment.year,
      outcome: deployment.outcome,
    })),
  };
}

function toInput(values: SolutionFormValues): SolutionInput {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    domains: values.domains,
    sdgs: values.sdgs.map(Number),
    tags: values.tags,
    trl: Number(values.trl),
    priceModel: values.priceModel,
    regionsServed: values.regionsServed,
    languages: values.languages,
    certifications: values.certifications,
    mediaLinks: values.mediaLinks,
    visibility: values.visibility,
    deployments: values.deployments.map((deployment) => ({
      cityId: deployment.cityId,
      cityName: deployment.cityName.trim(),
      country: deployment.country ?? "",
      year: Number(deployment.year),
      outcome: deployment.outcome.trim(),
    })),
  };
}

function SolutionForm({
  solution,
  me,
  onReload,
  reloading,
}: {
  solution: SolutionDetail | null;
  me: Me;
  onReload?: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const save = useSaveSolution();
  const areaOptions = useAreaOptions();
  const sdgOptions = useSdgOptions();
  const countries = useMemo(() => countryOptions(format.locale), [format.locale]);
  const conflict = useConflict();
  const [generalError, setGeneralError] = useState<unknown>(null);

  const form = useForm<SolutionFormValues>({
    initialValues: initialValues(solution, me),
    validate: {
      organizationId: (value) => (value ? null : t("validation.required")),
      title: (value) =>
        value.trim().length < 3
          ? t("validation.minLength", { min: 3 })
          : value.trim().length > 200
            ? t("validation.maxLength", { max: 200 })
            : null,
      summary: (value) =>
        value.trim().length > 600 ? t("validation.maxLength", { max: 600 }) : null,
      trl: (value) => (value ? null : t("validation.required")),
      mediaLinks: (value) => (value.every(isUrl) ? null : t("validation.urls")),
      deployments: {
        cityName: (value) => (value.trim() ? null : t("validation.required")),
        country: (value) => (value ? null : t("validation.required")),
        year: (value) =>
          value !== "" && Number(value) >= 1950 && Number(value) <= 2100
            ? null
            : t("validation.range", { min: 1950, max: 2100 }),
      },
    },
  });

  const submit = (values: SolutionFormValues, expectedVersion?: number) => {
    setGeneralError(null);
    conflict.clear();
    const input = toInput(values);
    if (solution) input.expectedVersion = expectedVersion ?? solution.version;
    else input.organizationId = values.organizationId ?? undefined;
    save.mutate(
      { id: solution?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: "civic",
            message: solution ? t("common.saved") : t("solutions.created"),
          });
          void navigate(`/solutions/${saved.slug}`, { replace: Boolean(solution) });
        },
        onError: (error) => {
          if (conflict.catch(error)) return;
          if (applyServerErrors(form, error)) focusFirstError();
          else setGeneralError(error);
        },
      },
    );
  };

  const languages = COMMON_LANGUAGES.map((code) => ({
    value: code,
    label: languageName(code, format.locale),
  })).sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const deploymentRows = form.values.deployments.map((deployment, index) => (
    <Paper key={deployment.key} withBorder p="sm" radius="md" data-testid="deployment-row">
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={700}>
          {t("form.deploymentNumber", { number: index + 1 })}
        </Text>
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={() => form.removeListItem("deployments", index)}
          aria-label={t("form.removeDeployment", { number: index + 1 })}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CityPicker
          label={t("form.cityInDirectory")}
          description={t("form.cityInDirectoryHint")}
          value={deployment.cityId}
          valueLabel={deployment.cityName || null}
          onChange={(id, city) => {
            form.setFieldValue(`deployments.${index}.cityId`, id);
            if (city) {
              form.setFieldValue(`deployments.${index}.cityName`, city.name);
              form.setFieldValue(`deployments.${index}.country`, city.country);
            }
          }}
        />
        <TextInput
          label={t("fields.cityName")}
          required
          {...form.getInputProps(`deployments.${index}.cityName`)}
        />
        <Select
          label={t("fields.country")}
          required
          searchable
          data={countries}
          nothingFoundMessage={t("common.noResults")}
          {...form.getInputProps(`deployments.${index}.country`)}
        />
        <NumberInput
          label={t("fields.year")}
          required
          min={1950}
          max={2100}
          allowDecimal={false}
          thousandSeparator={false}
          {...form.getInputProps(`deployments.${index}.year`)}
        />
      </SimpleGrid>
      <TextInput
        mt="sm"
        label={t("fields.outcome")}
        maxLength={500}
        {...form.getInputProps(`deployments.${index}.outcome`)}
      />
    </Paper>
  ));

  return (
    <form onSubmit={form.onSubmit((values) => submit(values), focusFirstError)} noValidate>
      <Stack gap="lg">
        {conflict.conflict && solution ? (
          <ConflictAlert
            what={t("itemTypes.solution").toLocaleLowerCase(format.locale)}
            editedVersion={solution.version}
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
              <FormSection title={t("form.aboutSolution")}>
                {solution ? null : (
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
                  label={t("fields.description")}
                  value={form.values.description}
                  onChange={(value) => form.setFieldValue("description", value)}
                  error={form.errors.description}
                />
              </FormSection>
              <FormSection title={t("form.classification")}>
                <MultiSelect
                  label={t("fields.domains")}
                  description={t("form.domainsHint")}
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
              <FormSection
                title={t("solution.deployments")}
                description={t("form.deploymentsHint")}
              >
                {deploymentRows.length > 0 ? (
                  deploymentRows
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("solution.noDeployments")}
                  </Text>
                )}
                <Group>
                  <Button
                    variant="light"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() =>
                      form.insertListItem("deployments", {
                        key: randomId(),
                        cityId: null,
                        cityName: "",
                        country: null,
                        year: new Date().getFullYear(),
                        outcome: "",
                      })
                    }
                  >
                    {t("form.addDeployment")}
                  </Button>
                </Group>
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
              <FormSection title={t("form.offer")}>
                <Select
                  label={t("trl.title")}
                  required
                  data={TRLS.map((level) => ({
                    value: String(level),
                    label: `${t("trl.short", { level })} · ${t(`trl.levels.${level as Trl}`)}`,
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps("trl")}
                />
                <Select
                  label={t("fields.priceModel")}
                  data={PRICE_MODELS.map((model) => ({
                    value: model,
                    label: t(`priceModels.${model}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps("priceModel")}
                />
                <MultiSelect
                  label={t("fields.regionsServed")}
                  data={CONTINENTS.filter((code) => code !== "AN").map((code) => ({
                    value: code,
                    label: t(`continents.${code}`),
                  }))}
                  clearable
                  {...form.getInputProps("regionsServed")}
                />
                <MultiSelect
                  label={t("fields.languagesSupported")}
                  data={languages}
                  searchable
                  clearable
                  nothingFoundMessage={t("common.noResults")}
                  {...form.getInputProps("languages")}
                />
                <TagsInput
                  label={t("fields.certifications")}
                  description={t("form.certificationsHint")}
                  maxTags={20}
                  clearable
                  {...form.getInputProps("certifications")}
                />
                <TagsInput
                  label={t("fields.mediaLinks")}
                  description={t("form.mediaLinksHint")}
                  maxTags={10}
                  clearable
                  {...form.getInputProps("mediaLinks")}
                />
              </FormSection>
            </Stack>
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button
            variant="default"
            component={Link}
            to={solution ? `/solutions/${solution.slug}` : "/solutions"}
          >
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {solution ? t("common.save") : t("solutions.publish")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SolutionNewPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <PageHeader eyebrow={t("itemTypes.solution")} title={t("solutions.new")} />
      <SignedIn>
        {(me) =>
          me.organization || me.platformAdmin ? (
            <SolutionForm solution={null} me={me} />
          ) : (
            <NoOrganizationAlert />
          )
        }
      </SignedIn>
    </PageContainer>
  );
}

export function SolutionEditPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const solution = useSolution(slug);
  return (
    <PageContainer>
      <SignedIn>
        {(me) => (
          <QueryState query={solution}>
            {(data) => (
              <>
                <PageHeader
                  eyebrow={t("itemTypes.solution")}
                  title={t("common.editNamed", { name: data.title })}
                  documentTitle={t("common.editNamed", { name: data.title })}
                />
                {data.canEdit ? (
                  <SolutionForm
                    key={data.version}
                    solution={data}
                    me={me}
                    reloading={solution.isFetching}
                    onReload={() => void solution.refetch()}
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
