import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash, IconUserPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PARTICIPATION_ROLES, type ParticipationRole } from "../../app/api-types.ts";
import { PersonPicker } from "../../components/entity-pickers.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useParticipations } from "./data.ts";
import { useAddParticipation, useRemoveParticipation } from "./mutations.ts";

function AddParticipant({
  eventId,
  fixedRole,
}: {
  eventId: string;
  fixedRole?: ParticipationRole;
}) {
  const { t } = useTranslation();
  const add = useAddParticipation();
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<ParticipationRole | null>(fixedRole ?? null);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!personId || !role) return;
        add.mutate(
          { eventId, personId, role },
          {
            onSuccess: () => {
              notifications.show({ color: "civic", message: t("participants.added") });
              setPersonId(null);
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <PersonPicker
            label={t("participants.person")}
            placeholder={t("participants.personPlaceholder")}
            value={personId}
            onChange={(id) => setPersonId(id)}
            style={{ flex: "2 1 240px" }}
          />
          {fixedRole ? null : (
            <Select
              label={t("fields.role")}
              data={PARTICIPATION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={role}
              onChange={(value) => setRole(value as ParticipationRole | null)}
              style={{ flex: "1 1 160px" }}
            />
          )}
          <Button
            type="submit"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            disabled={!personId || !role}
            loading={add.isPending}
          >
            {fixedRole === "organizer" ? t("participants.addOrganizer") : t("participants.add")}
          </Button>
        </Group>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </form>
  );
}

/**
 * The people taking part in an event. With `manage`, organizers and admins can add and
 * remove participations; with `fixedRole` the panel is about that one role (organizers).
 */
export function ParticipantsPanel({
  eventId,
  manage = false,
  fixedRole,
}: {
  eventId: string;
  manage?: boolean;
  fixedRole?: ParticipationRole;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [roleFilter, setRoleFilter] = useState<ParticipationRole | null>(fixedRole ?? null);
  const participations = useParticipations(eventId, fixedRole ?? roleFilter);
  const remove = useRemoveParticipation();
  const rows = participations.data?.pages.flatMap((page) => page.items) ?? [];
  const total = participations.data?.pages[0]?.total ?? 0;

  return (
    <Stack gap="md">
      {manage ? <AddParticipant eventId={eventId} fixedRole={fixedRole} /> : null}
      {fixedRole ? null : (
        <Group justify="space-between" align="flex-end">
          <Select
            label={t("participants.filterRole")}
            placeholder={t("participants.allRoles")}
            data={PARTICIPATION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={roleFilter}
            onChange={(value) => setRoleFilter(value as ParticipationRole | null)}
            clearable
            w={220}
          />
          <Text size="sm" c="dimmed">
            {participations.data
              ? t("participants.count", { count: total, formatted: format.integer(total) })
              : ""}
          </Text>
        </Group>
      )}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {participations.isError ? (
        <ErrorAlert error={participations.error} onRetry={() => void participations.refetch()} />
      ) : participations.isPending ? (
        <Stack gap="xs">
          <Skeleton height={20} />
          <Skeleton height={20} />
          <Skeleton height={20} />
        </Stack>
      ) : rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {fixedRole === "organizer" ? t("participants.noOrganizers") : t("participants.empty")}
        </Text>
      ) : (
        <div className="cm-table-scroll">
          <Table verticalSpacing="xs" striped="even" data-testid="participants-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("fields.personName")}</Table.Th>
                <Table.Th>{t("fields.organization")}</Table.Th>
                {fixedRole ? null : <Table.Th>{t("fields.role")}</Table.Th>}
                {manage ? (
                  <Table.Th w={60}>
                    <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((participation) => (
                <Table.Tr key={participation.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {participation.person.name}
                    </Text>
                    {participation.person.title ? (
                      <Text size="xs" c="dimmed">
                        {participation.person.title}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{participation.person.organizationName ?? "—"}</Text>
                  </Table.Td>
                  {fixedRole ? null : (
                    <Table.Td>
                      <Badge variant="light" color="dusk">
                        {t(`roles.${participation.role}`)}
                      </Badge>
                    </Table.Td>
                  )}
                  {manage ? (
                    <Table.Td>
                      <Tooltip label={t("participants.remove")}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("participants.removeNamed", {
                            name: participation.person.name,
                            role: t(`roles.${participation.role}`),
                          })}
                          loading={
                            remove.isPending &&
                            remove.variables?.participationId === participation.id
                          }
                          onClick={() =>
                            remove.mutate({ eventId, participationId: participation.id })
                          }
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {participations.hasNextPage ? (
        <Group justify="center">
          <Button
            variant="light"
            size="xs"
            onClick={() => void participations.fetchNextPage()}
            loading={participations.isFetchingNextPage}
          >
            {t("common.loadMore")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
