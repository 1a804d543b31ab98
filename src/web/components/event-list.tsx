import { Anchor, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { Link } from "react-router";
import type { EventRef } from "../app/api-types.ts";
import { StatusBadge } from "./kind-badge.tsx";
import { useFormat } from "./use-format.ts";

/** A compact list of events: name, dates and status. */
export function EventList({
  events,
  showStatus = true,
}: {
  events: EventRef[];
  showStatus?: boolean;
}) {
  const format = useFormat();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {events.map((event) => (
        <Group key={event.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color="dusk" size={36} radius="md" aria-hidden>
            <IconCalendarEvent size={18} />
          </ThemeIcon>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Anchor component={Link} to={`/events/${event.slug}`} fw={600}>
              {event.name}
            </Anchor>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {format.dayRange(event.startsOn, event.endsOn)}
              </Text>
              {showStatus && event.status !== "published" ? (
                <StatusBadge status={event.status} size="xs" />
              ) : null}
            </Group>
          </div>
        </Group>
      ))}
    </Stack>
  );
}
