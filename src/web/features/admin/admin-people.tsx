import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconTrash, IconUserCog } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  LOCALES,
  type Locale,
  type Me,
  ORGANIZATION_ROLES,
  type OrganizationRole,
  type Person,
  type PersonInput,
} from "../../app/api-types.ts";
import { LANGUAGE_NAMES } from "../../app/i18n.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { OrganizationPicker } from "../../components/entity-pickers.tsx";
import {
  applyServerErrors,
  ErrorAlert,
  errorDetail,
  errorTitle,
} from "../../components/errors.tsx";
import { SearchInput } from "../../components/search-input.tsx";
import { usePeoplePages } from "../people/data.ts";
import { useDeletePerson, useSavePerson } from "../people/mutations.ts";
import { AdminTable } from "./admin-table.tsx";

interface RolesValues {
  organizationId: string | null;
  organizationRole: string | null;
}

/** Organization and organization role of one person. */
function RolesForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSavePerson();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<RolesValues>({
    initialValues: {
      organizationId: person.organizationId,
      organizationRole: person.organizationRole ?? (person.organizationId ? "member" : null),
    },
    validate: {
      organizationRole: (value, values) =>
        values.organizationId && !value ? t("validation.required") : null,
    },
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    save.mutate(
      {
        id: person.id,
        input: {
          organizationId: values.organizationId,
          organizationRole: values.organizationId
            ? (values.organizationRole as OrganizationRole)
            : null,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: "civic", message: t("common.saved") });
          onDone();
        },
        onError: (err) => {
          if (!applyServerErrors(form, err)) setError(err);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error ? <ErrorAlert error={error} /> : null}
        <OrganizationPicker
          label={t("fields.organization")}
          value={form.values.organizationId}
          valueLabel={person.organizationName}
          onChange={(id) => {
            form.setFieldValue("organizationId", id);
            if (id && !form.values.organizationRole)
              form.setFieldValue("organizationRole", "member");
          }}
          error={form.errors.organizationId}
        />
        <Select
          label={t("fields.organizationRole")}
          data={ORGANIZATION_ROLES.map((role) => ({ value: role, label: t(`orgRoles.${role}`) }))}
          disabled={!form.values.organizationId}
          {...form.getInputProps("organizationRole")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewPersonForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSavePerson();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      name: "",
      title: "",
      email: "",
      password: "",
      locale: "en",
      organizationId: null as string | null,
      organizationRole: null as string | null,
    },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      email: (value) => (!value || /^\S+@\S+$/.test(value) ? null : t("validation.email")),
      password: (value, values) =>
        !value
          ? null
          : !values.email
            ? t("admin.people.passwordNeedsEmail")
            : value.length < 12
              ? t("validation.passwordLength", { min: 12 })
              : null,
    },
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    const input: PersonInput = {
      name: values.name.trim(),
      title: values.title.trim() || null,
      email: values.email.trim() || null,
      locale: values.locale as Locale,
      organizationId: values.organizationId,
      organizationRole: values.organizationId
        ? ((values.organizationRole ?? "member") as OrganizationRole)
        : null,
    };
    if (values.password) input.password = values.password;
    save.mutate(
      { id: null, input },
      {
        onSuccess: () => {
          notifications.show({ color: "civic", message: t("admin.people.created") });
          onDone();
        },
        onError: (err) => {
          if (!applyServerErrors(form, err)) setError(err);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error ? <ErrorAlert error={error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("fields.personName")} required {...form.getInputProps("name")} />
          <TextInput label={t("fields.title")} {...form.getInputProps("title")} />
          <TextInput label={t("fields.email")} type="email" {...form.getInputProps("email")} />
          <PasswordInput
            label={t("fields.password")}
            description={t("admin.people.passwordHint")}
            autoComplete="new-password"
            {...form.getInputProps("password")}
          />
          <OrganizationPicker
            label={t("fields.organization")}
            value={form.values.organizationId}
            onChange={(id) => form.setFieldValue("organizationId", id)}
          />
          <Select
            label={t("fields.organizationRole")}
            data={ORGANIZATION_ROLES.map((role) => ({ value: role, label: t(`orgRoles.${role}`) }))}
            disabled={!form.values.organizationId}
            placeholder={t("orgRoles.member")}
            {...form.getInputProps("organizationRole")}
          />
          <Select
            label={t("fields.locale")}
            data={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))}
            allowDeselect={false}
            {...form.getInputProps("locale")}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AdminSwitch({ person, me }: { person: Person; me: Me }) {
  const { t } = useTranslation();
  const save = useSavePerson();
  const self = person.id === me.person.id;
  return (
    <Tooltip label={t("admin.people.cannotDemoteSelf")} disabled={!self}>
      <Switch
        checked={person.isPlatformAdmin}
        disabled={self || save.isPending}
        aria-label={t("admin.people.platformAdminFor", { name: person.name })}
        onChange={(event) => {
          const isPlatformAdmin = event.currentTarget.checked;
          save.mutate(
            { id: person.id, input: { isPlatformAdmin } },
            {
              onSuccess: () =>
                notifications.show({
                  color: "civic",
                  message: isPlatformAdmin
                    ? t("admin.people.madeAdmin", { name: person.name })
                    : t("admin.people.removedAdmin", { name: person.name }),
                }),
              onError: (error) =>
                notifications.show({
                  color: "red",
                  title: errorTitle(t, error),
                  message: errorDetail(t, error),
                }),
            },
          );
        }}
      />
    </Tooltip>
  );
}

export function AdminPeople({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const pages = usePeoplePages(q);
  const remove = useDeletePerson();
  const [editing, setEditing] = useState<Person | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Person | null>(null);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <AdminTable
        testId="admin-people"
        list={pages}
        rowCount={rows.length}
        total={pages.data?.pages[0]?.total ?? 0}
        empty={t("admin.people.empty")}
        toolbar={
          <>
            <SearchInput
              label={t("common.search")}
              placeholder={t("admin.people.searchPlaceholder")}
              onSearch={setQ}
              w={320}
              maw="100%"
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t("admin.people.new")}
            </Button>
          </>
        }
        head={
          <Table.Tr>
            <Table.Th>{t("fields.personName")}</Table.Th>
            <Table.Th>{t("fields.email")}</Table.Th>
            <Table.Th>{t("fields.organization")}</Table.Th>
            <Table.Th>{t("admin.people.platformAdmin")}</Table.Th>
            <Table.Th ta="right">{t("common.actions")}</Table.Th>
          </Table.Tr>
        }
        rows={rows.map((person) => (
          <Table.Tr key={person.id}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {person.name}
              </Text>
              {person.title ? (
                <Text size="xs" c="dimmed">
                  {person.title}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{person.email ?? "—"}</Text>
              {person.hasAccount ? null : (
                <Badge size="xs" variant="light" color="gray">
                  {t("admin.people.noAccount")}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {person.organizationName ? (
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{person.organizationName}</Text>
                  {person.organizationRole ? (
                    <Badge
                      size="xs"
                      variant={person.organizationRole === "admin" ? "filled" : "light"}
                    >
                      {t(`orgRoles.${person.organizationRole}`)}
                    </Badge>
                  ) : null}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <AdminSwitch person={person} me={me} />
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Tooltip label={t("admin.people.editRoles")}>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => setEditing(person)}
                    aria-label={t("admin.people.editRolesFor", { name: person.name })}
                  >
                    <IconUserCog size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t("common.delete")}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={person.id === me.person.id}
                    onClick={() => {
                      remove.reset();
                      setDeleting(person);
                    }}
                    aria-label={t("common.deleteNamed", { name: person.name })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t("admin.people.editRolesFor", { name: editing?.name ?? "" })}
      >
        {editing ? <RolesForm person={editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t("admin.people.new")}
        size="lg"
      >
        {creating ? <NewPersonForm onDone={() => setCreating(false)} /> : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t("admin.people.deleteTitle")}
        message={t("admin.people.deleteConfirm", { name: deleting?.name ?? "" })}
        confirmLabel={t("common.delete")}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
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
