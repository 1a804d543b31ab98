import {
  Button,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import {
  CHALLENGE_STATUSES,
  type ChallengeDetail,
  type ChallengeInput,
  type ChallengeStatus,
  type Me,
  ORGANIZATION_KINDS,
  PROCUREMENT_STAGES,
  type ProcurementStage,
  type Visibility,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { COMMON_LANGUAGES, languageName } from "../../components/countries.ts";
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
import { useOrganization } from "../organizations/data.ts";
import { useChallenge } from "./data.ts";
import { useSaveChallenge } from "./mutations.ts";

// Field names are the API's, so `body.budgetMax` in a 400 lands on the budgetMax field.
interface ChallengeFormValues {
  organizationId: string | null;
  title: string;
  summary: string;
  description: string;
  domains: string[];
  sdgs: string[];
  tags: string[];
  budgetMin: number | string;
  budgetMax: number | string;
  currency: string | null;
  stage: ProcurementStage;
  startsOn: string;
  deadline: string;
  preferredPartnerKinds: string[];
  language: string;
  contactPersonId: string | null;
  visibility: Visibility;
  status: ChallengeStatus;
}

const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;

function initialValues(challenge: ChallengeDetail | null, me: Me): ChallengeFormValues {
  return {
    organizationId: challenge?.organization.id ?? me.organization?.id ?? null,
    title: challenge?.title ?? "",
    summary: challenge?.summary ?? "",
    description: challenge?.description ?? "",
    domains: challenge?.domains ?? [],
    sdgs: (challenge?.sdgs ?? []).map(String),
    tags: challenge?.tags ?? [],
    budgetMin: challenge?.budget?.min ? Number(challenge.budget.min) : "",
    budgetMax: challenge?.budget?.max ? Number(challenge.budget.max) : "",
    currency: challenge?.budget?.currency ?? null,
    stage: challenge?.stage ?? "idea",
    startsOn: challenge?.startsOn ?? "",
    deadline: challenge?.deadline ?? "",
    preferredPartnerKinds: challenge?.preferredPartnerKinds ?? [],
    language: challenge?.language ?? "en",
    contactPersonId: challenge?.contact?.id ?? null,
    visibility: challenge?.visibility ?? "public",
    status: challenge?.status ?? "open",
  };
}

function toInput(values: ChallengeFormValues): ChallengeInput {
  const budgetMin = amountOf(values.budgetMin);
  const budgetMax = amountOf(values.budgetMax);
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    domains: values.domains,
    sdgs: values.sdgs.map(Number),
    tags: values.tags,
    budgetMin,
    budgetMax,
    currency: values.currency || null,
    stage: values.stage,
    startsOn: values.startsOn || null,
    deadline: values.deadline || null,
    preferredPartnerKinds: values.preferredPartnerKinds,
    language: values.language,
    contactPersonId: values.contactPersonId,
    visibility: values.visibility,
    status: values.status,
  };
}

function ChallengeForm({
  challenge,
  me,
  onReload,
  reloading,
}: {
  challenge: ChallengeDetail | null;
  me: Me;
  onReload?: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const save = useSaveChallenge();
  const areaOptions = useAreaOptions();
  const sdgOptions = useSdgOptions();
  const currencies = useCurrencyOptions(format.locale);
  const separators = useNumberSeparators(format.locale);
  const conflict = useConflict();
  const [generalError, setGeneralError] = useState<unknown>(null);

  const form = useForm<ChallengeFormValues>({
    initialValues: initialValues(challenge, me),
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
      budgetMin: (value) =>
        value === "" || AMOUNT.test(String(value)) ? null : t("validation.amount"),
      budgetMax: (value, values) => {
        if (value === "") return null;
        if (!AMOUNT.test(String(value))) return t("validation.amount");
        if (values.budgetMin !== "" && Number(value) < Number(values.budgetMin))
          return t("validation.maxBelowMin");
        return null;
      },
      currency: (value, values) =>
        (values.budgetMin !== "" || values.budgetMax !== "") && !value
          ? t("validation.currencyNeeded")
          : null,
      startsOn: (value) => (!value || DAY_PATTERN.test(value) ? null : t("validation.date")),
      deadline: (value, values) => {
        if (!value) return null;
        if (!DAY_PATTERN.test(value)) return t("validation.date");
        if (values.startsOn && value < values.startsOn) return t("validation.deadlineBeforeStart");
        return null;
      },
    },
  });

  // People of the owner organization, for the contact person.
  const owner = useOrganization(form.values.organizationId ?? undefined);
  const contactOptions = (owner.data?.members ?? []).map((member) => ({
    value: member.id,
    label: member.title ? `${member.name} — ${member.title}` : member.name,
  }));

  const submit = (values: ChallengeFormValues, expectedVersion?: number) => {
    setGeneralError(null);
    conflict.clear();
    const input = toInput(values);
    if (challenge) input.expectedVersion = expectedVersion ?? challenge.version;
    else input.organizationId = values.organizationId ?? undefined;
    save.mutate(
      { id: challenge?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: "civic",
            message: challenge ? t("common.saved") : t("challenges.created"),
          });
          void navigate(`/challenges/${saved.slug}`, { replace: Boolean(challenge) });
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

  return (
    <form onSubmit={form.onSubmit((values) => submit(values), focusFirstError)} noValidate>
      <Stack gap="lg">
        {conflict.conflict && challenge ? (
          <ConflictAlert
            what={t("itemTypes.challenge").toLocaleLowerCase(format.locale)}
            editedVersion={challenge.version}
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
              <FormSection title={t("form.aboutChallenge")}>
                {challenge ? null : (
                  <OwnerField
                    me={me}
                    value={form.values.organizationId}
                    onChange={(id) => form.setFieldValue("organizationId", id)}
                    error={form.errors.organizationId}
                  />
                )}
                <TextInput
                  label={t("fields.itemTitle")}
                  description={t("form.challengeTitleHint")}
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
                  data-testid="description-editor"
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
              <FormSection title={t("form.budgetAndTimeline")}>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <NumberInput
                    label={t("fields.budgetMin")}
                    min={0}
                    decimalScale={2}
                    allowNegative={false}
                    {...separators}
                    {...form.getInputProps("budgetMin")}
                  />
                  <NumberInput
                    label={t("fields.budgetMax")}
                    min={0}
                    decimalScale={2}
                    allowNegative={false}
                    {...separators}
                    {...form.getInputProps("budgetMax")}
                  />
                  <Select
                    label={t("fields.currency")}
                    data={currencies}
                    searchable
                    clearable
                    nothingFoundMessage={t("common.noResults")}
                    {...form.getInputProps("currency")}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t("fields.stage")}
                    data={PROCUREMENT_STAGES.map((stage) => ({
                      value: stage,
                      label: t(`stages.${stage}`),
                    }))}
                    allowDeselect={false}
                    required
                    {...form.getInputProps("stage")}
                  />
                  <TextInput
                    type="date"
                    label={t("fields.startDate")}
                    {...form.getInputProps("startsOn")}
                  />
                  <TextInput
                    type="date"
                    label={t("fields.deadline")}
                    {...form.getInputProps("deadline")}
                  />
                </SimpleGrid>
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
                <Select
                  label={t("fields.challengeStatus")}
                  data={CHALLENGE_STATUSES.map((status) => ({
                    value: status,
                    label: t(`challengeStatuses.${status}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps("status")}
                />
              </FormSection>
              <FormSection title={t("form.partnersAndContact")}>
                <MultiSelect
                  label={t("fields.preferredPartnerKinds")}
                  data={ORGANIZATION_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`kinds.${kind}`),
                  }))}
                  clearable
                  {...form.getInputProps("preferredPartnerKinds")}
                />
                <Select
                  label={t("fields.language")}
                  description={t("form.languageHint")}
                  data={languages}
                  searchable
                  allowDeselect={false}
                  nothingFoundMessage={t("common.noResults")}
                  {...form.getInputProps("language")}
                />
                <Select
                  label={t("fields.contactPerson")}
                  description={t("form.contactHint")}
                  data={contactOptions}
                  clearable
                  searchable
                  nothingFoundMessage={t("common.noResults")}
                  {...form.getInputProps("contactPersonId")}
                />
              </FormSection>
            </Stack>
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button
            variant="default"
            component={Link}
            to={challenge ? `/challenges/${challenge.slug}` : "/challenges"}
          >
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {challenge ? t("common.save") : t("challenges.publish")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ChallengeNewPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <PageHeader eyebrow={t("itemTypes.challenge")} title={t("challenges.new")} />
      <SignedIn>
        {(me) =>
          me.organization || me.platformAdmin ? (
            <ChallengeForm challenge={null} me={me} />
          ) : (
            <NoOrganizationAlert />
          )
        }
      </SignedIn>
    </PageContainer>
  );
}

export function ChallengeEditPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const challenge = useChallenge(slug);
  return (
    <PageContainer>
      <SignedIn>
        {(me) => (
          <QueryState query={challenge}>
            {(data) => (
              <>
                <PageHeader
                  eyebrow={t("itemTypes.challenge")}
                  title={t("common.editNamed", { name: data.title })}
                  documentTitle={t("common.editNamed", { name: data.title })}
                />
                {data.canEdit ? (
                  // A new version from the server (after "load theirs") starts a fresh form.
                  <ChallengeForm
                    key={data.version}
                    challenge={data}
                    me={me}
                    reloading={challenge.isFetching}
                    onReload={() => void challenge.refetch()}
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
