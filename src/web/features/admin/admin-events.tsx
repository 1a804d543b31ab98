import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Drawer,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconEdit, IconPlus, IconTrash, IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type CityEvent, EVENT_STATUSES, type EventStatus } from "../../app/api-types.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { StatusBadge } from "../../components/kind-badge.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useEventPages } from "../events/data.ts";
import { EventForm } from "../events/event-form.tsx";
import { useDeleteEvent } from "../events/mutations.ts";
import { ParticipantsPanel } from "../events/participants-panel.tsx";
import { AdminTable } from "./admin-table.tsx";

export function AdminEvents() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<EventStatus | null>(null);
  const pages = useEventPages({ status, sort: "-startsOn" }, 50);
  const remove = useDeleteEvent();
  const [editing, setEditing] = useState<CityEvent | "new" | null>(null);
  const [deleting, setDeleting] = useState<CityEvent | null>(null);
  const [managing, setManaging] = useState<CityEvent | null>(null);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <AdminTable
        testId="admin-events"
        list={pages}
        rowCount={rows.length}
        total={pages.data?.pages[0]?.total ?? 0}
        empty={t("events.empty")}
        toolbar={
          <>
            <Select
              label={t("events.filters.status")}
              placeholder={t("common.all")}
              data={EVENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              value={status}
              onChange={(value) => setStatus(value as EventStatus | null)}
              clearable
              w={220}
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing("new")}
            >
              {t("admin.events.new")}
            </Button>
          </>
        }
        head={
          <Table.Tr>
            <Table.Th>{t("fields.name")}</Table.Th>
            <Table.Th>{t("event.dates")}</Table.Th>
            <Table.Th>{t("fields.hostCity")}</Table.Th>
            <Table.Th>{t("fields.status")}</Table.Th>
            <Table.Th ta="right">{t("common.actions")}</Table.Th>
          </Table.Tr>
        }
        rows={rows.map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td>
              <Anchor component={Link} to={`/events/${event.slug}`} fw={600} size="sm">
                {event.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                {format.dayRange(event.startsOn, event.endsOn)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{event.hostCity.name}</Text>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={event.status} />
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Tooltip label={t("admin.events.participants")}>
                  <ActionIcon
                    variant="subtle"
                    color="dusk"
                    onClick={() => setManaging(event)}
                    aria-label={t("admin.events.participantsNamed", { name: event.name })}
                  >
                    <IconUsersGroup size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t("common.edit")}>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => setEditing(event)}
                    aria-label={t("common.editNamed", { name: event.name })}
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
                      setDeleting(event);
                    }}
                    aria-label={t("common.deleteNamed", { name: event.name })}
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
            ? t("admin.events.new")
            : t("event.editTitle", { name: editing?.name ?? "" })
        }
        size="lg"
      >
        {editing !== null ? (
          <EventForm
            event={editing === "new" ? null : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <Drawer
        opened={managing !== null}
        onClose={() => setManaging(null)}
        position="right"
        size="xl"
        title={<Text fw={700}>{managing?.name}</Text>}
      >
        {managing ? (
          <Stack gap="lg">
            <div>
              <Title order={3} size="h5" mb={4}>
                {t("admin.events.organizers")}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t("admin.events.organizersHint")}
              </Text>
              <ParticipantsPanel eventId={managing.id} manage fixedRole="organizer" />
            </div>
            <Divider />
            <div>
              <Title order={3} size="h5" mb="sm">
                {t("admin.events.allParticipations")}
              </Title>
              <ParticipantsPanel eventId={managing.id} manage />
            </div>
          </Stack>
        ) : null}
      </Drawer>
      <ConfirmModal
        opened={deleting !== null}
        title={t("admin.events.deleteTitle")}
        message={t("admin.events.deleteConfirm", { name: deleting?.name ?? "" })}
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
