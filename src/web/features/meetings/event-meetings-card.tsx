import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconCalendarTime, IconSettings } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { EventDetail } from "../../app/api-types.ts";
import { useMe } from "../../app/session.ts";
import { useFormat } from "../../components/use-format.ts";
import { organizesEdition, useProgramme } from "./data.ts";

/**
 * The event page's way to the B2B meetings: for an edition with a programme, its shape and
 * links (the participant's page, the console for organizers); without one, organizers are
 * offered to set it up and everyone else sees nothing.
 */
export function EventMeetingsCard({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const programme = useProgramme(event.id);
  const organizes = organizesEdition(me.data, event.id);
  if (programme.isPending || programme.isError) return null;
  const data = programme.data;
  if (!data && !organizes) return null;
  return (
    <Card component="section" aria-labelledby="event-b2b" data-testid="event-b2b">
      <Group gap="sm" mb="xs">
        <IconCalendarTime size={22} aria-hidden color="var(--mantine-color-dusk-7)" />
        <Title order={2} size="h5" id="event-b2b">
          {t("meetings.eventCard.title")}
        </Title>
        {data ? (
          <Badge variant="light" color={data.requestsOpen ? "green" : "gray"} size="sm">
            {data.requestsOpen ? t("meetings.eventCard.open") : t("meetings.eventCard.closed")}
          </Badge>
        ) : null}
      </Group>
      {data ? (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("meetings.summary", {
              days: format.integer(new Set(data.slots.map((slot) => slot.day)).size),
              slots: format.integer(data.slots.length),
              tables: format.integer(data.tableCount),
              kind: t(`meetings.locationKindsPlural.${data.locationKind}`).toLowerCase(),
            })}
          </Text>
          {me.data ? (
            <Button component={Link} to={`/events/${event.slug}/meetings`}>
              {t("meetings.eventCard.openPage")}
            </Button>
          ) : (
            <Text size="sm">{t("meetings.eventCard.signIn")}</Text>
          )}
          {organizes ? (
            <Button
              component={Link}
              to={`/events/${event.slug}/meetings/console`}
              variant="default"
              leftSection={<IconSettings size={16} aria-hidden />}
            >
              {t("meetings.console.link")}
            </Button>
          ) : null}
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("meetings.eventCard.none")}
          </Text>
          <Button
            component={Link}
            to={`/events/${event.slug}/meetings/console`}
            leftSection={<IconSettings size={16} aria-hidden />}
          >
            {t("meetings.setUp")}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
