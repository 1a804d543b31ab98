import { ActionIcon, Anchor, Button, Group, Modal, Table, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconEdit, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { City } from "../../app/api-types.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { CountryLabel } from "../../components/country-label.tsx";
import { SearchInput } from "../../components/search-input.tsx";
import { useFormat } from "../../components/use-format.ts";
import { CityForm } from "../cities/city-form.tsx";
import { useCityPages } from "../cities/data.ts";
import { useDeleteCity } from "../cities/mutations.ts";
import { AdminTable } from "./admin-table.tsx";

export function AdminCities() {
  const { t } = useTranslation();
  const format = useFormat();
  const [q, setQ] = useState("");
  const pages = useCityPages({
    q,
    continent: null,
    country: null,
    minPopulation: null,
    sort: "name",
  });
  const remove = useDeleteCity();
  const [editing, setEditing] = useState<City | "new" | null>(null);
  const [deleting, setDeleting] = useState<City | null>(null);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <AdminTable
        testId="admin-cities"
        list={pages}
        rowCount={rows.length}
        total={pages.data?.pages[0]?.total ?? 0}
        empty={t("cities.empty")}
        toolbar={
          <>
            <SearchInput
              label={t("common.search")}
              placeholder={t("cities.filters.searchPlaceholder")}
              onSearch={setQ}
              w={320}
              maw="100%"
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing("new")}
            >
              {t("admin.cities.new")}
            </Button>
          </>
        }
        head={
          <Table.Tr>
            <Table.Th>{t("fields.name")}</Table.Th>
            <Table.Th>{t("fields.country")}</Table.Th>
            <Table.Th ta="right">{t("fields.population")}</Table.Th>
            <Table.Th>{t("fields.timeZone")}</Table.Th>
            <Table.Th ta="right">{t("common.actions")}</Table.Th>
          </Table.Tr>
        }
        rows={rows.map((city) => (
          <Table.Tr key={city.id}>
            <Table.Td>
              <Anchor component={Link} to={`/cities/${city.slug}`} fw={600} size="sm">
                {city.name}
              </Anchor>
              {city.province ? (
                <Text size="xs" c="dimmed">
                  {city.province}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <CountryLabel code={city.country} size="sm" />
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
              {format.integer(city.population)}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{city.timeZone}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Tooltip label={t("common.edit")}>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => setEditing(city)}
                    aria-label={t("common.editNamed", { name: city.name })}
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
                      setDeleting(city);
                    }}
                    aria-label={t("common.deleteNamed", { name: city.name })}
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
            ? t("admin.cities.new")
            : t("city.editTitle", { name: editing?.name ?? "" })
        }
        size="lg"
      >
        {editing !== null ? (
          <CityForm
            city={editing === "new" ? null : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t("admin.cities.deleteTitle")}
        message={t("admin.cities.deleteConfirm", { name: deleting?.name ?? "" })}
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
