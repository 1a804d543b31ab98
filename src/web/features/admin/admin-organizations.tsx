import { ActionIcon, Anchor, Button, Group, Modal, Table, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconEdit, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Organization } from "../../app/api-types.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { CountryLabel } from "../../components/country-label.tsx";
import { KindBadge } from "../../components/kind-badge.tsx";
import { SearchInput } from "../../components/search-input.tsx";
import { useOrganizationPages } from "../organizations/data.ts";
import { useDeleteOrganization } from "../organizations/mutations.ts";
import { OrganizationForm } from "../organizations/organization-form.tsx";
import { AdminTable } from "./admin-table.tsx";

export function AdminOrganizations() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const pages = useOrganizationPages(
    { q, kind: null, country: null, domain: null, sort: "name" },
    50,
  );
  const remove = useDeleteOrganization();
  const [editing, setEditing] = useState<Organization | "new" | null>(null);
  const [deleting, setDeleting] = useState<Organization | null>(null);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <AdminTable
        testId="admin-organizations"
        list={pages}
        rowCount={rows.length}
        total={pages.data?.pages[0]?.total ?? 0}
        empty={t("organizations.empty")}
        toolbar={
          <>
            <SearchInput
              label={t("common.search")}
              placeholder={t("organizations.filters.searchPlaceholder")}
              onSearch={setQ}
              w={320}
              maw="100%"
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing("new")}
            >
              {t("admin.organizations.new")}
            </Button>
          </>
        }
        head={
          <Table.Tr>
            <Table.Th>{t("fields.name")}</Table.Th>
            <Table.Th>{t("fields.kind")}</Table.Th>
            <Table.Th>{t("fields.country")}</Table.Th>
            <Table.Th ta="right">{t("common.actions")}</Table.Th>
          </Table.Tr>
        }
        rows={rows.map((organization) => (
          <Table.Tr key={organization.id}>
            <Table.Td>
              <Anchor
                component={Link}
                to={`/organizations/${organization.slug}`}
                fw={600}
                size="sm"
              >
                {organization.name}
              </Anchor>
              {organization.cityName ? (
                <Text size="xs" c="dimmed">
                  {organization.cityName}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <KindBadge kind={organization.kind} />
            </Table.Td>
            <Table.Td>
              <CountryLabel code={organization.country} size="sm" />
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Tooltip label={t("common.edit")}>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => setEditing(organization)}
                    aria-label={t("common.editNamed", { name: organization.name })}
                  >
                    <IconEdit size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t("common.delete")}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      remove.reset();
                      setDeleting(organization);
                    }}
                    aria-label={t("common.deleteNamed", { name: organization.name })}
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
        title={
          editing === "new"
            ? t("admin.organizations.new")
            : t("organization.editTitle", { name: editing?.name ?? "" })
        }
        size="lg"
      >
        {editing !== null ? (
          <OrganizationForm
            organization={editing === "new" ? null : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t("admin.organizations.deleteTitle")}
        message={t("admin.organizations.deleteConfirm", { name: deleting?.name ?? "" })}
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
