import {
  ActionIcon,
  Alert,
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  CopyButton,
  Grid,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconCopy, IconKey, IconTrash } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { type ApiToken, LOCALES, type Locale, type Me } from "../../app/api-types.ts";
import { changeLocale, currentLocale, LANGUAGE_NAMES } from "../../app/i18n.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { COMMON_LANGUAGES, languageName } from "../../components/countries.ts";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton } from "../../components/query-state.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useTokens } from "./data.ts";
import { useChangePassword, useCreateToken, useRevokeToken, useUpdateMe } from "./mutations.ts";
import { MIN_PASSWORD_LENGTH } from "./utils.ts";

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateMe();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      name: me.person.name,
      title: me.person.title ?? "",
      languages: me.person.languages,
      locale: me.person.locale as string,
      bio: me.person.bio,
    },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
    },
  });
  // Values are language codes (en, zh, es…), as the API stores them; labels are names
  // in the reader's language. Codes already on the profile stay selectable.
  const languageOptions = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    const codes = [...new Set([...COMMON_LANGUAGES, ...me.person.languages])];
    return codes
      .map((code) => ({ value: code, label: languageName(code, format.locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [format.locale, me.person.languages]);

  const submit = form.onSubmit((values) => {
    setError(null);
    const locale = values.locale as Locale;
    update.mutate(
      {
        name: values.name.trim(),
        title: values.title.trim() || null,
        languages: values.languages,
        locale,
        bio: values.bio.trim(),
      },
      {
        onSuccess: async (updated) => {
          form.resetDirty({ ...values });
          if (locale !== currentLocale()) await changeLocale(locale);
          notifications.show({ color: "civic", message: t("account.profileSaved") });
          void updated;
        },
        onError: (err) => {
          if (!applyServerErrors(form, err)) setError(err);
        },
      },
    );
  });

  return (
    <Card>
      <Title order={2} size="h4" mb={4}>
        {t("account.profile")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("account.profileHint")}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error ? <ErrorAlert error={error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("fields.personName")}
              required
              autoComplete="name"
              {...form.getInputProps("name")}
            />
            <TextInput
              label={t("fields.title")}
              placeholder={t("account.titlePlaceholder")}
              autoComplete="organization-title"
              {...form.getInputProps("title")}
            />
            <MultiSelect
              label={t("fields.languages")}
              description={t("account.languagesHint")}
              data={languageOptions}
              searchable
              clearable
              nothingFoundMessage={t("common.noResults")}
              {...form.getInputProps("languages")}
            />
            <Select
              label={t("fields.locale")}
              description={t("account.localeHint")}
              data={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))}
              allowDeselect={false}
              {...form.getInputProps("locale")}
            />
          </SimpleGrid>
          <Textarea
            label={t("fields.bio")}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps("bio")}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t("account.saveProfile")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", confirm: "" },
    validate: {
      currentPassword: (value) => (value ? null : t("validation.required")),
      newPassword: (value) =>
        value.length >= MIN_PASSWORD_LENGTH
          ? null
          : t("validation.passwordLength", { min: MIN_PASSWORD_LENGTH }),
      confirm: (value, values) =>
        value === values.newPassword ? null : t("validation.passwordsDiffer"),
    },
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: "civic", message: t("account.passwordChanged") });
        },
        onError: (err) => {
          if (!applyServerErrors(form, err)) setError(err);
        },
      },
    );
  });
  return (
    <Card>
      <Title order={2} size="h4" mb="md">
        {t("account.password")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error ? <ErrorAlert error={error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <PasswordInput
              label={t("account.currentPassword")}
              autoComplete="current-password"
              required
              {...form.getInputProps("currentPassword")}
            />
            <PasswordInput
              label={t("account.newPassword")}
              autoComplete="new-password"
              required
              {...form.getInputProps("newPassword")}
            />
            <PasswordInput
              label={t("account.confirmPassword")}
              autoComplete="new-password"
              required
              {...form.getInputProps("confirm")}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" variant="default" loading={change.isPending}>
              {t("account.changePassword")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function NewTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const form = useForm<{ name: string; expiresInDays: number | string }>({
    initialValues: { name: "", expiresInDays: 90 },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      expiresInDays: (value) =>
        value === "" || (typeof value === "number" && value >= 1) ? null : t("validation.positive"),
    },
  });
  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        name: values.name.trim(),
        ...(typeof values.expiresInDays === "number"
          ? { expiresInDays: values.expiresInDays }
          : {}),
      },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated(created.token);
        },
        onError: (err) => {
          applyServerErrors(form, err);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t("tokens.name")}
            placeholder={t("tokens.namePlaceholder")}
            style={{ flex: "2 1 220px" }}
            {...form.getInputProps("name")}
          />
          <NumberInput
            label={t("tokens.expiresInDays")}
            description={t("tokens.expiresHint")}
            min={1}
            max={3650}
            allowDecimal={false}
            style={{ flex: "1 1 160px" }}
            {...form.getInputProps("expiresInDays")}
          />
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconKey size={16} aria-hidden />}
          >
            {t("tokens.create")}
          </Button>
        </Group>
        {create.isError && !form.errors.name ? <ErrorAlert error={create.error} /> : null}
      </Stack>
    </form>
  );
}

function TokensPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  return (
    <Card>
      <Title order={2} size="h4" mb={4}>
        {t("tokens.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("tokens.hint")}
      </Text>
      <Stack gap="md">
        <NewTokenForm onCreated={setCreated} />
        {created ? (
          <Alert
            color="green"
            variant="light"
            title={t("tokens.createdTitle")}
            data-testid="new-token"
          >
            <Stack gap="xs">
              <Text size="sm">{t("tokens.createdHint")}</Text>
              <Group gap="xs" wrap="nowrap" align="center">
                <Text
                  className="cm-token"
                  size="sm"
                  fw={600}
                  bg="white"
                  px="sm"
                  py={6}
                  style={{ borderRadius: 6, flex: 1 }}
                >
                  {created}
                </Text>
                <CopyButton value={created}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t("common.copied") : t("common.copy")}>
                      <ActionIcon
                        variant="filled"
                        color={copied ? "green" : "civic"}
                        size="lg"
                        onClick={copy}
                        aria-label={copied ? t("common.copied") : t("tokens.copy")}
                      >
                        {copied ? (
                          <IconCheck size={18} aria-hidden />
                        ) : (
                          <IconCopy size={18} aria-hidden />
                        )}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
              <Group justify="flex-end">
                <Button size="xs" variant="subtle" onClick={() => setCreated(null)}>
                  {t("tokens.dismiss")}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {tokens.isError ? (
          <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data && tokens.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("tokens.empty")}
          </Text>
        ) : tokens.data ? (
          <div className="cm-table-scroll">
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("tokens.name")}</Table.Th>
                  <Table.Th>{t("tokens.prefix")}</Table.Th>
                  <Table.Th>{t("tokens.created")}</Table.Th>
                  <Table.Th>{t("tokens.lastUsed")}</Table.Th>
                  <Table.Th>{t("tokens.expires")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.items.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={600}>{token.name}</Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="sm" style={{ whiteSpace: "nowrap" }}>
                        {token.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{format.date(token.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t("tokens.never")}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {token.expiresAt ? format.date(token.expiresAt) : t("tokens.noExpiry")}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} aria-hidden />}
                        onClick={() => setRevoking(token)}
                        aria-label={t("tokens.revokeNamed", { name: token.name })}
                      >
                        {t("tokens.revoke")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ) : null}
      </Stack>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("tokens.revokeTitle")}
      >
        <Stack>
          <Text size="sm">{t("tokens.revokeConfirm", { name: revoking?.name ?? "" })}</Text>
          {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoking &&
                revoke.mutate(revoking, {
                  onSuccess: () => {
                    setRevoking(null);
                    notifications.show({ color: "civic", message: t("tokens.revoked") });
                  },
                })
              }
            >
              {t("tokens.revoke")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function Summary({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Stack gap="md">
        <Group gap="md" wrap="nowrap">
          <Avatar size={56} radius="xl" color="dusk" variant="filled" name={me.person.name} />
          <div style={{ minWidth: 0 }}>
            <Text fw={700} size="lg" truncate="end">
              {me.person.name}
            </Text>
            <Text size="sm" c="dimmed" truncate="end">
              {me.person.email}
            </Text>
          </div>
        </Group>
        {me.platformAdmin ? (
          <Badge color="dusk" variant="filled" w="fit-content">
            {t("account.platformAdmin")}
          </Badge>
        ) : null}
        <div>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t("fields.organization")}
          </Text>
          {me.organization ? (
            <Group gap="xs">
              <Anchor
                component={Link}
                to={`/organizations/${me.organization.slug}`}
                fw={600}
                size="sm"
              >
                {me.organization.name}
              </Anchor>
              <Badge size="sm" variant="light">
                {t(`orgRoles.${me.organization.role}`)}
              </Badge>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t("account.noOrganization")}
            </Text>
          )}
        </div>
        {me.organizerOf.length > 0 ? (
          <div>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t("account.organizerOf")}
            </Text>
            <Stack gap={2}>
              {me.organizerOf.map((event) => (
                <Anchor key={event.id} component={Link} to={`/events/${event.slug}`} size="sm">
                  {event.name}
                </Anchor>
              ))}
            </Stack>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
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
  if (!me.data)
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  return (
    <PageContainer>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Summary me={me.data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <ProfileForm key={me.data.person.id} me={me.data} />
            <PasswordForm />
            <TokensPanel />
          </Stack>
        </Grid.Col>
      </Grid>
    </PageContainer>
  );
}
