import {
  Alert,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import {
  IconArrowLeft,
  IconCash,
  IconDownload,
  IconFileCertificate,
  IconInfoCircle,
  IconLock,
  IconPlugConnected,
  IconSignature,
  IconUsers,
} from "@tabler/icons-react";
import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../app/api.ts";
import {
  CONTINENTS,
  type Continent,
  ORGANIZATION_KINDS,
  type OrganizationKind,
  OUTCOME_TABLES,
  type OutcomeRow,
  type Outcomes,
  type OutcomeTable,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { EChart } from "../../components/echart.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { useAreaName } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { useEvent } from "../events/data.ts";
import {
  useFunnelOption,
  useSankeyOption,
  useStageBarsOption,
  useTimelineOption,
} from "./charts.tsx";
import { outcomesCsvUrl, useOutcomes } from "./data.ts";
import { share } from "./flows.ts";

const TOP_ROWS = 10;

function CsvLink({ slug, table }: { slug: string; table: OutcomeTable }) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={outcomesCsvUrl(slug, table)}
      download={`outcomes-${slug}-${table}.csv`}
      size="sm"
      fw={600}
      aria-label={t("outcomes.csvFor", { table: t(`outcomes.tables.${table}`) })}
      data-testid={`csv-${table}`}
    >
      <Group gap={4} component="span" wrap="nowrap">
        <IconDownload size={14} aria-hidden />
        CSV
      </Group>
    </Anchor>
  );
}

function ChartCard({
  title,
  hint,
  slug,
  table,
  children,
  controls,
}: {
  title: string;
  hint?: string;
  /** The edition whose CSV the card links to; null on the platform page (no CSV there). */
  slug: string | null;
  table: OutcomeTable;
  children: ReactNode;
  controls?: ReactNode;
}) {
  return (
    <Card component="section" aria-label={title} h="100%">
      <Group justify="space-between" align="flex-start" mb={hint ? 2 : "sm"} gap="sm" wrap="nowrap">
        <Title order={2} size="h5">
          {title}
        </Title>
        <Group gap="sm" wrap="nowrap">
          {controls}
          {slug ? <CsvLink slug={slug} table={table} /> : null}
        </Group>
      </Group>
      {hint ? (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      ) : null}
      {children}
    </Card>
  );
}

/** US dollars: whole dollars in tables, "$120M" / "$1.2亿" in headlines (the label says USD). */
function useValueUsd() {
  const format = useFormat();
  const compact = useMemo(
    () =>
      new Intl.NumberFormat(format.locale, {
        style: "currency",
        currency: "USD",
        currencyDisplay: "narrowSymbol",
        notation: "compact",
        maximumFractionDigits: 1,
      }),
    [format.locale],
  );
  return useCallback(
    (value: string | null, short = false) => {
      if (value === null) return "—";
      return short ? compact.format(Number(value)) : format.money(Math.round(Number(value)), "USD");
    },
    [format, compact],
  );
}

function Headline({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation();
  const format = useFormat();
  const usd = useValueUsd();
  const { funnel } = outcomes;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md" data-testid="outcomes-headline">
        <StatCard
          label={t("outcomes.headline.pairs")}
          testId="stat-pairs"
          value={format.integer(funnel.pairs)}
          icon={<IconPlugConnected size={24} />}
          color="dusk"
        />
        <StatCard
          label={t("outcomes.headline.meetings")}
          testId="stat-meetings"
          value={format.integer(funnel.meetings)}
          icon={<IconUsers size={24} />}
          color="dusk"
        />
        <StatCard
          label={t("outcomes.headline.intentions")}
          testId="stat-intentions"
          value={format.integer(funnel.intentions)}
          icon={<IconFileCertificate size={24} />}
          color="civic"
        />
        <StatCard
          label={t("outcomes.headline.contracts")}
          testId="stat-contracts"
          value={format.integer(funnel.contracts)}
          icon={<IconSignature size={24} />}
          color="yellow"
        />
        <StatCard
          label={t("outcomes.headline.value")}
          testId="stat-value"
          value={usd(funnel.valueUsd, true)}
          icon={<IconCash size={24} />}
          color="yellow"
        />
      </SimpleGrid>
      {funnel.unconverted > 0 ? (
        <Text size="sm" c="orange.8">
          {t("outcomes.unconverted", { count: funnel.unconverted })}
        </Text>
      ) : null}
      {funnel.valueUsd !== null ? (
        <Text size="xs" c="dimmed" data-testid="outcomes-value-exact">
          {t("outcomes.valueExact", { value: usd(funnel.valueUsd) })}
        </Text>
      ) : null}
    </Stack>
  );
}

function Conversion({ funnel }: { funnel: Outcomes["funnel"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    { key: "pairsPerRequest", value: share(funnel.pairs, funnel.requests) },
    { key: "meetingsPerPair", value: funnel.conversion.meetingsPerPair },
    { key: "intentionsPerMeeting", value: funnel.conversion.intentionsPerMeeting },
    { key: "contractsPerIntention", value: funnel.conversion.contractsPerIntention },
  ] as const;
  return (
    <Card component="section" aria-labelledby="conversion-title" h="100%">
      <Title order={2} size="h5" mb="md" id="conversion-title">
        {t("outcomes.conversionTitle")}
      </Title>
      <Stack gap="md" data-testid="outcomes-conversion">
        {rows.map((row) => (
          <div key={row.key}>
            <Group justify="space-between" mb={4} wrap="nowrap">
              <Text size="sm">{t(`outcomes.conversion.${row.key}`)}</Text>
              <Text size="sm" fw={700} style={{ fontVariantNumeric: "tabular-nums" }}>
                {row.value === null ? "—" : format.percent(row.value)}
              </Text>
            </Group>
            <Progress value={(row.value ?? 0) * 100} color="civic" size="sm" aria-hidden />
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function summary(rows: readonly OutcomeRow[], label: (key: string) => string): string {
  return rows.map((row) => `${label(row.key)}: ${row.pairs}/${row.contracts}`).join(", ");
}

function StageBars({
  title,
  rows,
  label,
  slug,
  table,
  testId,
}: {
  title: string;
  rows: readonly OutcomeRow[];
  label: (key: string) => string;
  slug: string | null;
  table: OutcomeTable;
  testId: string;
}) {
  const { t } = useTranslation();
  const option = useStageBarsOption(rows, label);
  return (
    <ChartCard title={title} slug={slug} table={table}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("outcomes.noData")}
        </Text>
      ) : (
        <EChart
          option={option}
          height={Math.max(180, 48 + rows.length * 34)}
          label={t("outcomes.barsLabel", { title, summary: summary(rows, label) })}
          testId={testId}
          dataAttributes={{ "data-bars": String(rows.length) }}
        />
      )}
    </ChartCard>
  );
}

function TopTable({
  title,
  rows,
  slug,
  table,
  nameHeader,
}: {
  title: string;
  rows: readonly OutcomeRow[];
  slug: string | null;
  table: OutcomeTable;
  nameHeader: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const usd = useValueUsd();
  const top = rows.slice(0, TOP_ROWS);
  const numeric = { textAlign: "right", fontVariantNumeric: "tabular-nums" } as const;
  return (
    <ChartCard
      title={title}
      slug={slug}
      table={table}
      hint={t("outcomes.topHint", { limit: TOP_ROWS })}
    >
      {top.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("outcomes.noData")}
        </Text>
      ) : (
        <div className="cm-table-scroll">
          <Table verticalSpacing={6} horizontalSpacing="xs" fz="sm" data-testid={`top-${table}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{nameHeader}</Table.Th>
                <Table.Th style={numeric}>{t("outcomes.stages.pairs")}</Table.Th>
                <Table.Th style={numeric}>{t("outcomes.stages.meetings")}</Table.Th>
                <Table.Th style={numeric}>{t("outcomes.stages.intentions")}</Table.Th>
                <Table.Th style={numeric}>{t("outcomes.stages.contracts")}</Table.Th>
                <Table.Th style={numeric}>{t("outcomes.valueUsd")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {top.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td fw={600} style={{ overflowWrap: "anywhere" }} miw={140}>
                    {row.key}
                  </Table.Td>
                  <Table.Td style={numeric}>{format.integer(row.pairs)}</Table.Td>
                  <Table.Td style={numeric}>{format.integer(row.meetings)}</Table.Td>
                  <Table.Td style={numeric}>{format.integer(row.intentions)}</Table.Td>
                  <Table.Td style={numeric}>{format.integer(row.contracts)}</Table.Td>
                  <Table.Td style={{ ...numeric, whiteSpace: "nowrap" }}>
                    {usd(row.valueUsd)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </ChartCard>
  );
}

function Downloads({ slug }: { slug: string | null }) {
  const { t } = useTranslation();
  if (!slug) {
    return (
      <Text size="sm" c="dimmed" data-testid="outcomes-csv-per-edition">
        {t("outcomes.csvPerEdition")}
      </Text>
    );
  }
  return (
    <Card component="section" aria-labelledby="downloads-title">
      <Title order={2} size="h5" mb={4} id="downloads-title">
        {t("outcomes.downloads")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("outcomes.downloadsHint")}
      </Text>
      <Group gap="sm">
        {OUTCOME_TABLES.map((table) => (
          <Button
            key={table}
            component="a"
            href={outcomesCsvUrl(slug, table)}
            download={`outcomes-${slug}-${table}.csv`}
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} aria-hidden />}
          >
            {t(`outcomes.tables.${table}`)}
          </Button>
        ))}
      </Group>
    </Card>
  );
}

function Dashboard({ slug, outcomes }: { slug: string | null; outcomes: Outcomes }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const [cumulative, setCumulative] = useState(true);
  const domainLabel = useCallback(
    (key: string) => (key === "unspecified" ? t("outcomes.unspecified") : areaName(key)),
    [areaName, t],
  );
  const regionLabel = useCallback(
    (key: string) =>
      (CONTINENTS as readonly string[]).includes(key)
        ? t(`continents.${key as Continent}`)
        : t("outcomes.unknownRegion"),
    [t],
  );
  const kindLabel = useCallback(
    (key: string) =>
      (ORGANIZATION_KINDS as readonly string[]).includes(key)
        ? t(`kinds.${key as OrganizationKind}`)
        : key,
    [t],
  );
  const funnelOption = useFunnelOption(outcomes.funnel);
  const sankeyOption = useSankeyOption(outcomes.breakdowns.domain, domainLabel);
  const timelineOption = useTimelineOption(outcomes.timeline, cumulative);
  const { funnel, breakdowns } = outcomes;
  const sankeyRows = breakdowns.domain.filter((row) => row.pairs > 0).length;

  return (
    <Stack gap="lg">
      <Headline outcomes={outcomes} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ChartCard title={t("outcomes.funnelTitle")} slug={slug} table="funnel">
            <EChart
              option={funnelOption}
              height={280}
              label={t("outcomes.funnelLabel", {
                requests: funnel.requests,
                pairs: funnel.pairs,
                meetings: funnel.meetings,
                intentions: funnel.intentions,
                contracts: funnel.contracts,
              })}
              testId="outcomes-funnel"
            />
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Conversion funnel={funnel} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <StageBars
            title={t("outcomes.byDomain")}
            rows={breakdowns.domain}
            label={domainLabel}
            slug={slug}
            table="domain"
            testId="outcomes-domain"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ChartCard
            title={t("outcomes.sankeyTitle")}
            hint={t("outcomes.sankeyHint")}
            slug={slug}
            table="domain"
          >
            {sankeyRows === 0 ? (
              <Text size="sm" c="dimmed">
                {t("outcomes.noData")}
              </Text>
            ) : (
              <EChart
                option={sankeyOption}
                height={Math.max(260, sankeyRows * 40)}
                label={t("outcomes.sankeyLabel", {
                  summary: summary(breakdowns.domain, domainLabel),
                })}
                testId="outcomes-sankey"
              />
            )}
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <StageBars
            title={t("outcomes.byRegion")}
            rows={breakdowns.region}
            label={regionLabel}
            slug={slug}
            table="region"
            testId="outcomes-region"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <StageBars
            title={t("outcomes.byProviderKind")}
            rows={breakdowns.providerKind}
            label={kindLabel}
            slug={slug}
            table="providerKind"
            testId="outcomes-provider-kind"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <ChartCard
            title={t("outcomes.timelineTitle")}
            hint={
              cumulative ? t("outcomes.timelineCumulativeHint") : t("outcomes.timelineDailyHint")
            }
            slug={slug}
            table="timeline"
            controls={
              <SegmentedControl
                size="xs"
                value={cumulative ? "cumulative" : "daily"}
                onChange={(value) => setCumulative(value === "cumulative")}
                data={[
                  { value: "cumulative", label: t("outcomes.cumulative") },
                  { value: "daily", label: t("outcomes.daily") },
                ]}
              />
            }
          >
            {outcomes.timeline.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("outcomes.noData")}
              </Text>
            ) : (
              <EChart
                option={timelineOption}
                height={300}
                label={t("outcomes.timelineLabel", {
                  from: outcomes.timeline[0]?.day ?? "",
                  to: outcomes.timeline.at(-1)?.day ?? "",
                })}
                testId="outcomes-timeline"
              />
            )}
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={12}>
          <TopTable
            title={t("outcomes.topCities")}
            rows={breakdowns.city}
            slug={slug}
            table="city"
            nameHeader={t("fields.city")}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TopTable
            title={t("outcomes.topProviders")}
            rows={breakdowns.provider}
            slug={slug}
            table="provider"
            nameHeader={t("outcomes.provider")}
          />
        </Grid.Col>
      </Grid>
      <Downloads slug={slug} />
    </Stack>
  );
}

/**
 * The dashboard under its header, with the loading, refused and empty states: an edition's
 * (`slug` links its CSV tables) or the whole platform's (`slug` null: no CSV).
 */
export function OutcomesDashboard({
  header,
  query,
  slug,
  forbiddenTitle,
  forbidden,
  empty,
}: {
  header: ReactNode;
  query: UseQueryResult<Outcomes>;
  slug: string | null;
  forbiddenTitle: string;
  forbidden: string;
  empty: string;
}) {
  if (query.isPending) {
    return (
      <>
        {header}
        <PageSkeleton />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header}
        {isApiError(query.error, "forbidden") ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconLock size={20} aria-hidden />}
            title={forbiddenTitle}
            data-testid="outcomes-forbidden"
          >
            {forbidden}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  }
  return (
    <>
      {header}
      {query.data.funnel.requests === 0 ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} aria-hidden />} mb="lg">
          {empty}
        </Alert>
      ) : null}
      <Dashboard slug={slug} outcomes={query.data} />
    </>
  );
}

function OutcomesView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const event = useEvent(slug);
  const outcomes = useOutcomes(slug);
  const name = event.data?.name ?? "";
  return (
    <OutcomesDashboard
      query={outcomes}
      slug={slug}
      forbiddenTitle={t("outcomes.forbiddenTitle")}
      forbidden={t("outcomes.forbidden")}
      empty={t("outcomes.empty")}
      header={
        <PageHeader
          eyebrow={t("outcomes.eyebrow")}
          title={name || t("outcomes.title")}
          documentTitle={name ? t("outcomes.documentTitle", { name }) : t("outcomes.title")}
          description={t("outcomes.description")}
          actions={
            <Button
              component={Link}
              to={`/events/${slug}`}
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
            >
              {t("outcomes.backToEdition")}
            </Button>
          }
        />
      }
    />
  );
}

export function OutcomesPage() {
  const { slug } = useParams();
  return (
    <PageContainer>
      <SignedIn>{() => (slug ? <OutcomesView slug={slug} /> : null)}</SignedIn>
    </PageContainer>
  );
}
