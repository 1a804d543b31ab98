import { Anchor, Card, Group, Paper, Stack, Text } from "@mantine/core";
import { IconMapPin } from "@tabler/icons-react";
import { Link } from "react-router";
import type { CityEvent } from "../app/api-types.ts";
import { flagEmoji } from "./countries.ts";
import { StatusBadge } from "./kind-badge.tsx";
import { useFormat } from "./use-format.ts";

/** A calendar-leaf date block: month above, day below, in the reader's language. */
export function DateBlock({ day }: { day: string }) {
  const format = useFormat();
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const month = new Intl.DateTimeFormat(format.locale, { month: "short", timeZone: "UTC" }).format(
    date,
  );
  const dayOfMonth = new Intl.DateTimeFormat(format.locale, {
    day: "numeric",
    timeZone: "UTC",
  }).format(date);
  return (
    <Paper
      w={64}
      miw={64}
      radius="md"
      ta="center"
      py={6}
      bg="dusk.0"
      style={{ border: "1px solid var(--mantine-color-dusk-1)" }}
      aria-hidden
    >
      <Text size="xs" fw={700} c="dusk.8" tt="uppercase">
        {month}
      </Text>
      <Text fz={24} fw={800} lh={1.1} c="dusk.9">
        {dayOfMonth}
      </Text>
      <Text size="xs" c="dimmed">
        {y}
      </Text>
    </Paper>
  );
}

export function EventCard({ event }: { event: CityEvent }) {
  const format = useFormat();
  return (
    <Card>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <DateBlock day={event.startsOn} />
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Anchor
              component={Link}
              to={`/events/${event.slug}`}
              fw={700}
              size="lg"
              c="dark.8"
              lh={1.3}
              style={{ overflowWrap: "anywhere" }}
            >
              {event.name}
            </Anchor>
            {event.status !== "published" ? <StatusBadge status={event.status} /> : null}
          </Group>
          <Text size="sm" fw={600} c="civic.8">
            {format.dayRange(event.startsOn, event.endsOn)}
          </Text>
          <Group gap={6} c="dimmed" wrap="nowrap">
            <IconMapPin size={14} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm" truncate="end">
              <span aria-hidden="true">{flagEmoji(event.hostCity.country)} </span>
              {[event.venue, event.hostCity.name].filter(Boolean).join(", ")}
            </Text>
          </Group>
          {event.description ? (
            <Text size="sm" c="dark.4" lineClamp={2} mt={4}>
              {event.description}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}
