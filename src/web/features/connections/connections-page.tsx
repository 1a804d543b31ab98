import {
  Alert,
  Anchor,
  Box,
  Button,
  Card,
  Divider,
  Group,
  Select,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { IconBulb, IconInfoCircle, IconPlugConnected, IconTargetArrow } from "@tabler/icons-react";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import {
  CONNECTION_STATUSES,
  type Connection,
  type ConnectionStatus,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useConnectionPages } from "./data.ts";
import { otherSide, partyOn, turnOf, waitingForYouFirst } from "./funnel.ts";
import { ConnectionStatusBadge, TurnBadge } from "./status-badges.tsx";

function isStatus(value: string | null): value is ConnectionStatus {
  return (CONNECTION_STATUSES as readonly (string | null)[]).includes(value);
}

function ConnectionRow({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const format = useFormat();
  const side = connection.yourSide ?? "requester";
  const other = partyOn(connection, otherSide(side));
  return (
    <Box component="li" px="lg" py="md" data-testid="connection-row">
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: "1 1 320px" }}>
          <Anchor
            component={Link}
            to={`/connections/${connection.id}`}
            fw={700}
            size="lg"
            style={{ overflowWrap: "anywhere" }}
          >
            {other.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {side === "requester"
              ? t("connections.youAsked", { date: format.date(connection.createdAt) })
              : t("connections.theyAsked", { date: format.date(connection.createdAt) })}
          </Text>
          {connection.challenge ? (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconTargetArrow size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                <Text span c="dimmed" inherit>
                  {t("itemTypes.challenge")}:{" "}
                </Text>
                {connection.challenge.title}
              </Text>
            </Group>
          ) : null}
          {connection.solution ? (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconBulb size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                <Text span c="dimmed" inherit>
                  {t("itemTypes.solution")}:{" "}
                </Text>
                {connection.solution.title}
              </Text>
            </Group>
          ) : null}
        </Stack>
        <Stack gap={6} align="flex-end" style={{ maxWidth: "100%" }}>
          <ConnectionStatusBadge status={connection.status} size="lg" />
          <TurnBadge connection={connection} maw="100%" />
          <Text size="xs" c="dimmed">
            {t("connections.updated", { date: format.date(connection.updatedAt) })}
          </Text>
        </Stack>
      </Group>
    </Box>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py={48} px="md" ta="center" data-testid="connections-empty">
      <ThemeIcon variant="light" color="dusk" size={48} radius="xl" aria-hidden>
        <IconPlugConnected size={24} />
      </ThemeIcon>
      <Title order={2} size="h4" mt="xs">
        {filtered ? t("connections.emptyFiltered") : t("connections.empty")}
      </Title>
      <Text c="dimmed" maw={480}>
        {t("connections.emptyHint")}
      </Text>
      <Group gap="md" mt="xs" justify="center">
        <Anchor component={Link} to="/challenges" fw={600}>
          {t("nav.challenges")}
        </Anchor>
        <Anchor component={Link} to="/solutions" fw={600}>
          {t("nav.solutions")}
        </Anchor>
      </Group>
    </Stack>
  );
}

function ConnectionList({ hasOrganization }: { hasOrganization: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = isStatus(raw) ? raw : null;
  const pages = useConnectionPages(status);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const sorted = waitingForYouFirst(items);
  const waiting = sorted.filter((connection) => turnOf(connection) === "you").length;

  let body: ReactNode;
  if (pages.isPending) {
    body = (
      <Stack p="lg" gap="md" aria-busy="true">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} height={72} />
        ))}
      </Stack>
    );
  } else if (pages.isError) {
    body = (
      <Box p="lg">
        <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />
      </Box>
    );
  } else if (items.length === 0) {
    body = <EmptyState filtered={status !== null} />;
  } else {
    const groups =
      waiting > 0
        ? [
            {
              key: "waiting",
              title: t("connections.waitingGroup"),
              items: sorted.slice(0, waiting),
            },
            { key: "other", title: t("connections.otherGroup"), items: sorted.slice(waiting) },
          ]
        : [{ key: "all", title: null, items: sorted }];
    body = groups
      .filter((group) => group.items.length > 0)
      .map((group, index) => (
        <Box component="section" key={group.key} aria-label={group.title ?? undefined}>
          {index > 0 ? <Divider /> : null}
          {group.title ? (
            <Title
              order={2}
              size="xs"
              px="lg"
              pt="md"
              c={group.key === "waiting" ? "orange.8" : "dimmed"}
              tt="uppercase"
              style={{ letterSpacing: "0.04em" }}
            >
              {group.title}
            </Title>
          ) : null}
          <Stack
            component="ul"
            gap={0}
            style={{ listStyle: "none", margin: 0, padding: 0 }}
            data-testid={`connections-${group.key}`}
          >
            {group.items.map((connection, row) => (
              <Fragment key={connection.id}>
                {row > 0 ? <Divider component="li" aria-hidden /> : null}
                <ConnectionRow connection={connection} />
              </Fragment>
            ))}
          </Stack>
        </Box>
      ));
  }

  return (
    <>
      <PageHeader title={t("connections.title")} description={t("connections.description")} />
      {!hasOrganization ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle size={20} aria-hidden />}
          mb="lg"
        >
          {t("connections.noOrganization")}
        </Alert>
      ) : null}
      <Group justify="space-between" align="flex-end" mb="md" gap="md">
        <Select
          label={t("connections.filterStatus")}
          data={[
            { value: "", label: t("connections.allStatuses") },
            ...CONNECTION_STATUSES.map((value) => ({
              value,
              label: t(`connectionStatuses.${value}`),
            })),
          ]}
          value={status ?? ""}
          onChange={(value) => setParams(value ? { status: value } : {}, { replace: true })}
          allowDeselect={false}
          w={240}
          data-testid="connections-status-filter"
        />
        {pages.isSuccess && items.length > 0 ? (
          <Text size="sm" c="dimmed" role="status">
            {t("common.showing", {
              shown: format.integer(items.length),
              total: format.integer(total),
            })}
            {waiting > 0 ? ` · ${t("connections.waitingCount", { count: waiting })}` : ""}
          </Text>
        ) : null}
      </Group>
      <Card p={0}>{body}</Card>
      {pages.hasNextPage ? (
        <Group justify="center" mt="lg">
          <Button
            variant="default"
            onClick={() => void pages.fetchNextPage()}
            loading={pages.isFetchingNextPage}
          >
            {t("common.loadMore")}
          </Button>
        </Group>
      ) : null}
      {pages.hasNextPage && waiting > 0 ? (
        <Text size="xs" c="dimmed" ta="center" mt="xs">
          {t("connections.orderHint")}
        </Text>
      ) : null}
    </>
  );
}

export function ConnectionsPage() {
  return (
    <PageContainer>
      <SignedIn>{(me) => <ConnectionList hasOrganization={me.organization !== null} />}</SignedIn>
    </PageContainer>
  );
}
