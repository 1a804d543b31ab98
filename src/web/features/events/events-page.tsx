import { Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconCalendarOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { EVENT_STATUSES, type EventStatus } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { EventCard } from "../../components/event-card.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useFormat } from "../../components/use-format.ts";
import { type EventFilters, useEventPages } from "./data.ts";

export function EventsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("status");
  const filters: EventFilters = {
    status: (EVENT_STATUSES as readonly string[]).includes(statusParam ?? "")
      ? (statusParam as EventStatus)
      : null,
    sort: params.get("sort") === "startsOn" ? "startsOn" : "-startsOn",
  };
  const setParam = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const pages = useEventPages(filters);
  const events = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;

  return (
    <PageContainer size="lg">
      <PageHeader
        eyebrow={t("events.eyebrow")}
        title={t("events.title")}
        description={t("events.description")}
      />
      <Group justify="space-between" align="flex-end" mb="lg" gap="md">
        <Group gap="md" align="flex-end">
          <Select
            label={t("events.filters.status")}
            placeholder={t("common.all")}
            data={EVENT_STATUSES.map((status) => ({
              value: status,
              label: t(`statuses.${status}`),
            }))}
            value={filters.status}
            onChange={(value) => setParam("status", value)}
            clearable
            w={200}
          />
          <Select
            label={t("common.sortBy")}
            data={[
              { value: "-startsOn", label: t("events.sort.latest") },
              { value: "startsOn", label: t("events.sort.earliest") },
            ]}
            value={filters.sort}
            allowDeselect={false}
            onChange={(value) => setParam("sort", value === "startsOn" ? value : null)}
            w={200}
          />
        </Group>
        <Text fw={600} c="dimmed" aria-live="polite">
          {pages.data ? t("events.count", { count: total, formatted: format.integer(total) }) : ""}
        </Text>
      </Group>
      {pages.isError ? (
        <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : pages.isPending ? (
        <Stack>
          {Array.from({ length: 4 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={i} height={120} radius="lg" />
          ))}
        </Stack>
      ) : events.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <IconCalendarOff size={40} aria-hidden color="var(--mantine-color-gray-5)" />
          <Text c="dimmed" mt="sm">
            {t("events.empty")}
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={1} spacing="md" data-testid="events-list">
          {events.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </SimpleGrid>
      )}
      {pages.hasNextPage ? (
        <Group justify="center" mt="xl">
          <Button
            variant="light"
            onClick={() => void pages.fetchNextPage()}
            loading={pages.isFetchingNextPage}
          >
            {t("common.loadMore")}
          </Button>
        </Group>
      ) : null}
    </PageContainer>
  );
}
