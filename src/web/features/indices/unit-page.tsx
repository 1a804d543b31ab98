import {
  Anchor,
  Card,
  Grid,
  Group,
  MultiSelect,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowsVertical, IconGauge, IconTrophy } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageContainer } from "../../app/layout.tsx";
import { NotFoundContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { ScoreRadar } from "./charts.tsx";
import { useIndex, useIndexData, useIndexVersion } from "./data.ts";
import { useScoreFormat } from "./format.ts";
import { childrenOf, dimensionsOf, neighbours, ranksOn } from "./ranking.ts";
import { SyntheticBanner } from "./synthetic-banner.tsx";
import type { IndexNode, IndexView } from "./types.ts";

const MAX_PEERS = 5;

/** A raw value; one with a denominator as the index uses it, with the division under it. */
function IndicatorValue({
  value,
  denominator,
}: {
  value: number | null;
  denominator?: number | null;
}) {
  const score = useScoreFormat();
  if (denominator === undefined || value === null) return <>{score.raw(value)}</>;
  return (
    <>
      {denominator ? score.raw(value / denominator) : "–"}
      <Text size="xs" c="dimmed">
        {score.raw(value)} ÷ {score.raw(denominator)}
      </Text>
    </>
  );
}

function IndicatorValues({ view, code }: { view: IndexView; code: string }) {
  const { t } = useTranslation();
  const data = useIndexData(view.slug, view.version);
  const indicators = view.nodes.filter((node) => node.type === "Indicator");
  const names = new Map(view.nodes.map((node) => [node.code, node.name]));
  const denominators = new Map(
    view.framework.flatMap((entry) =>
      entry.type === "Indicator" && entry.denominator && view.pipeline.denominate !== false
        ? [[entry.code, entry.denominator] as const]
        : [],
    ),
  );
  return (
    <QueryState query={data}>
      {(raw) => {
        const values = raw.byUnit.get(code) ?? {};
        return (
          <ScrollArea type="auto">
            <Table striped verticalSpacing={4} data-testid="unit-indicators" miw={560}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("indices.framework.indicator")}</Table.Th>
                  <Table.Th>{t("indices.methodology.parent")}</Table.Th>
                  <Table.Th ta="right">{t("indices.unit.value")}</Table.Th>
                  <Table.Th>{t("indices.framework.unit")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {indicators.map((node) => (
                  <Table.Tr key={node.code}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {node.name}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {node.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{node.parent ? names.get(node.parent) : "–"}</Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                      <IndicatorValue
                        value={values[node.code] ?? null}
                        denominator={
                          denominators.get(node.code)
                            ? (values[denominators.get(node.code) as string] ?? null)
                            : undefined
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {node.unit ?? ""}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        );
      }}
    </QueryState>
  );
}

function UnitContent({ view, code }: { view: IndexView; code: string }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const result = view.result;
  const unit = result?.results.find((entry) => entry.uCode === code);
  const [level, setLevel] = useState<"dimensions" | "pillars">("dimensions");
  const [peers, setPeers] = useState<string[]>(() =>
    result ? neighbours(result.results, code) : [],
  );
  const dimensions = result ? dimensionsOf(view, result.root) : [];
  const pillars = dimensions.flatMap((dimension) =>
    childrenOf(view.nodes, dimension.code).filter((node) => node.type === "Aggregate"),
  );
  const axes: IndexNode[] = level === "pillars" && pillars.length > 0 ? pillars : dimensions;
  const ranks = useMemo(() => {
    if (!result) return new Map<string, Map<string, number>>();
    return new Map(
      result.aggregates.map((aggregate) => [aggregate, ranksOn(result.results, aggregate)]),
    );
  }, [result]);
  const series = useMemo(() => {
    if (!result || !unit) return [];
    const byCode = new Map(result.results.map((entry) => [entry.uCode, entry]));
    return [
      unit,
      ...peers.map((peer) => byCode.get(peer)).filter((entry) => entry !== undefined),
    ].map((entry) => ({
      name: entry.uName,
      values: axes.map((axis) => entry.scores[axis.code] ?? null),
    }));
  }, [result, unit, peers, axes]);
  if (!result || !unit) return <NotFoundContent />;
  const info = view.units.find((entry) => entry.code === code);
  const interval = view.analysis?.units.find((entry) => entry.uCode === code);
  const suffix = view.version === "draft" ? "?version=draft" : "";
  const range =
    result.config.normalise.method === "minmax" || result.config.normalise.method === "goalposts"
      ? result.config.normalise.range[1]
      : Math.max(
          1,
          ...result.results.flatMap((entry) => axes.map((axis) => entry.scores[axis.code] ?? 0)),
        );
  const total = result.results.filter((entry) => entry.rank !== null).length;
  const aggregateRows = [
    result.root,
    ...dimensions.flatMap((d) => [
      d.code,
      ...childrenOf(view.nodes, d.code)
        .filter((n) => n.type === "Aggregate")
        .map((n) => n.code),
    ]),
  ];
  const names = new Map(view.nodes.map((node) => [node.code, node]));
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/indices/${view.slug}${suffix}`} inherit>
            {view.name}
          </Anchor>
        }
        title={unit.uName}
        documentTitle={`${unit.uName} · ${view.name}`}
        description={
          info?.city ? (
            <Anchor component={Link} to={`/cities/${info.city.slug}`}>
              {t("indices.unit.cityPage")}
            </Anchor>
          ) : undefined
        }
      />
      <SyntheticBanner synthetic={view.synthetic} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="xl">
        <StatCard
          label={t("indices.unit.score")}
          value={score.score(unit.scores[result.root])}
          icon={<IconGauge size={22} />}
          testId="unit-score"
        />
        <StatCard
          label={t("indices.unit.rank", { total })}
          value={unit.rank === null ? "–" : String(unit.rank)}
          icon={<IconTrophy size={22} />}
          testId="unit-rank"
        />
        <StatCard
          label={t("indices.unit.interval")}
          value={
            interval && interval.q5Rank !== null ? `${interval.q5Rank}–${interval.q95Rank}` : "–"
          }
          icon={<IconArrowsVertical size={22} />}
          color="dusk"
        />
      </SimpleGrid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card h="100%">
            <Group justify="space-between" mb="sm" wrap="wrap">
              <Title order={2} size="h4">
                {t("indices.unit.radarTitle")}
              </Title>
              {pillars.length > 0 ? (
                <SegmentedControl
                  size="xs"
                  aria-label={t("indices.unit.levelLabel")}
                  value={level}
                  onChange={(value) => setLevel(value as "dimensions" | "pillars")}
                  data={[
                    { value: "dimensions", label: t("indices.unit.dimensions") },
                    { value: "pillars", label: t("indices.unit.pillars") },
                  ]}
                />
              ) : null}
            </Group>
            <MultiSelect
              label={t("indices.unit.peers")}
              description={t("indices.unit.peersHint", { count: MAX_PEERS })}
              data={result.results
                .filter((entry) => entry.uCode !== code)
                .sort((a, b) => a.uName.localeCompare(b.uName))
                .map((entry) => ({ value: entry.uCode, label: entry.uName }))}
              value={peers}
              onChange={setPeers}
              maxValues={MAX_PEERS}
              searchable
              clearable
              nothingFoundMessage={t("common.noResults")}
              comboboxProps={{ withinPortal: true }}
              mb="sm"
            />
            <ScoreRadar
              axes={axes.map((axis) => axis.name)}
              series={series}
              max={range}
              label={t("indices.unit.radarLabel", { name: unit.uName })}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card h="100%">
            <Title order={2} size="h4" mb="sm">
              {t("indices.unit.scoresTitle")}
            </Title>
            <Table verticalSpacing={4} data-testid="unit-scores">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("indices.methodology.node")}</Table.Th>
                  <Table.Th ta="right">{t("indices.unit.score")}</Table.Th>
                  <Table.Th ta="right">{t("indices.ranking.rank")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {aggregateRows.map((aggregate) => {
                  const node = names.get(aggregate);
                  const depth =
                    aggregate === result.root ? 0 : node?.parent === result.root ? 1 : 2;
                  return (
                    <Table.Tr key={aggregate}>
                      <Table.Td pl={8 + depth * 16}>
                        <Text size="sm" fw={depth < 2 ? 700 : 400}>
                          {node?.name ?? aggregate}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                        {score.score(unit.scores[aggregate])}
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                        {ranks.get(aggregate)?.get(code) ?? "–"}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
      </Grid>
      <Stack gap="sm" mt="xl">
        <Title order={2} size="h4">
          {t("indices.unit.indicatorsTitle")}
        </Title>
        <Card>
          <IndicatorValues view={view} code={code} />
        </Card>
      </Stack>
    </>
  );
}

/** /indices/:slug/units/:code: one unit's scores, ranks and values in an index. */
export function IndexUnitPage() {
  const { slug, code } = useParams();
  const version = useIndexVersion();
  const index = useIndex(slug, version);
  return (
    <PageContainer>
      <QueryState query={index}>
        {(view) => <UnitContent key={code} view={view} code={code ?? ""} />}
      </QueryState>
    </PageContainer>
  );
}
