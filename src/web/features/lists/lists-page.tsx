import {
  Anchor,
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from "@mantine/core";
import { IconCalendarEvent, IconListDetails, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ChallengeList, Me } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { DomainBadges } from "../../components/item-badges.tsx";
import { StatusBadge } from "../../components/kind-badge.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useListPages } from "./data.ts";

/** Organizers of an edition (and platform admins) curate its lists. */
export function isCurator(me: Me | null | undefined): boolean {
  return Boolean(me && (me.platformAdmin || me.organizerOf.length > 0));
}

/** "69 demands from 15 countries", in the reader's language and plural rules. */
export function useListHeadline() {
  const { t } = useTranslation();
  const format = useFormat();
  return (stats: ChallengeList["stats"]) =>
    t("lists.headline", {
      demands: t("lists.demands", {
        count: stats.demands,
        formatted: format.integer(stats.demands),
      }),
      countries: t("lists.countries", {
        count: stats.countries,
        formatted: format.integer(stats.countries),
      }),
    });
}

function ListCard({ list }: { list: ChallengeList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headline = useListHeadline();
  return (
    <Card h="100%" data-testid="list-card">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor
            component={Link}
            to={`/lists/${list.slug}`}
            fw={700}
            size="lg"
            c="dark.8"
            lh={1.3}
            style={{ overflowWrap: "anywhere" }}
          >
            {list.title}
          </Anchor>
          {list.status !== "published" ? <StatusBadge status={list.status} /> : null}
        </Group>
        {list.event ? (
          <Group gap={6} c="dimmed" wrap="nowrap">
            <IconCalendarEvent size={14} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm">
              {list.event.name}
              {list.publishedOn ? ` · ${format.day(list.publishedOn)}` : ""}
            </Text>
          </Group>
        ) : null}
        <Text fw={700} c="civic.8" data-testid="list-headline">
          {headline(list.stats)}
        </Text>
        <Text size="sm" c="dimmed">
          {t("lists.cities", {
            count: list.stats.cities,
            formatted: format.integer(list.stats.cities),
          })}
        </Text>
        {list.intro ? (
          <Text size="sm" c="dark.4" lineClamp={3}>
            {list.intro}
          </Text>
        ) : null}
        {list.priorityAreas.length > 0 ? (
          <div style={{ marginTop: "auto" }}>
            <DomainBadges domains={list.priorityAreas} />
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

export function ListsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const pages = useListPages();
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;

  return (
    <PageContainer>
      <PageHeader
        eyebrow={t("lists.eyebrow")}
        title={t("lists.title")}
        description={t("lists.description")}
        actions={
          isCurator(me.data) ? (
            <Button
              component={Link}
              to="/lists/new"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t("lists.new")}
            </Button>
          ) : null
        }
      />
      {pages.isError ? (
        <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : pages.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={220} radius="lg" />
          ))}
        </SimpleGrid>
      ) : items.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <IconListDetails size={40} aria-hidden color="var(--mantine-color-gray-5)" />
          <Text c="dimmed" mt="sm">
            {t("lists.empty")}
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="lists-grid">
          {items.map((list) => (
            <ListCard key={list.id} list={list} />
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
      {items.length > 0 ? (
        <Text size="xs" c="dimmed" ta="center" mt="md">
          {t("common.showing", {
            shown: format.integer(items.length),
            total: format.integer(total),
          })}
        </Text>
      ) : null}
    </PageContainer>
  );
}
