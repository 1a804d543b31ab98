import {
  Anchor,
  Badge,
  Card,
  Group,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryState } from "../../components/query-state.tsx";
import { SortableTh } from "../../components/sortable-th.tsx";
import { useIndexData } from "./data.ts";
import { useScoreFormat } from "./format.ts";
import { childrenOf, unitPath } from "./ranking.ts";
import type { IndexNode, IndexView } from "./types.ts";

export function DirectionBadge({ direction }: { direction: number }) {
  const { t } = useTranslation();
  return direction < 0 ? (
    <Badge variant="light" color="grape" leftSection={<IconArrowDown size={12} aria-hidden />}>
      {t("indices.framework.lessIsBetter")}
    </Badge>
  ) : (
    <Badge variant="light" color="teal" leftSection={<IconArrowUp size={12} aria-hidden />}>
      {t("indices.framework.moreIsBetter")}
    </Badge>
  );
}

function IndicatorRows({ nodes }: { nodes: IndexNode[] }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  return (
    <ScrollArea type="auto">
      <Table verticalSpacing={4} miw={720} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="38%">{t("indices.framework.indicator")}</Table.Th>
            <Table.Th w="8%" ta="right">
              {t("indices.framework.weight")}
            </Table.Th>
            <Table.Th w="16%">{t("indices.framework.direction")}</Table.Th>
            <Table.Th w="14%">{t("indices.framework.unit")}</Table.Th>
            <Table.Th w="24%">{t("indices.framework.source")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {nodes.map((node) => (
            <Table.Tr key={node.code}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {node.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {node.code}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{score.raw(node.weight)}</Table.Td>
              <Table.Td>
                <DirectionBadge direction={node.direction} />
              </Table.Td>
              <Table.Td>{node.unit ?? "–"}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" maw={260}>
                  {node.source || "–"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** One aggregate and what it is made of, down to its indicators. */
function FrameworkNode({
  nodes,
  node,
  depth,
}: {
  nodes: IndexNode[];
  node: IndexNode;
  depth: number;
}) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const children = childrenOf(nodes, node.code);
  const indicators = children.filter((child) => child.type === "Indicator");
  const aggregates = children.filter((child) => child.type === "Aggregate");
  return (
    <Stack
      gap="xs"
      pl={depth > 1 ? "md" : 0}
      style={depth > 1 ? { borderLeft: "2px solid var(--mantine-color-gray-3)" } : undefined}
    >
      <Group gap="xs">
        <Title order={depth === 1 ? 3 : 4} size={depth === 1 ? "h4" : "h5"}>
          {node.name}
        </Title>
        <Badge variant="outline" color="gray" ff="monospace">
          {node.code}
        </Badge>
        <Text size="sm" c="dimmed">
          {t("indices.framework.weightOf", { weight: score.raw(node.weight) })}
        </Text>
      </Group>
      {indicators.length > 0 ? <IndicatorRows nodes={indicators} /> : null}
      {aggregates.map((child) => (
        <FrameworkNode key={child.code} nodes={nodes} node={child} depth={depth + 1} />
      ))}
    </Stack>
  );
}

/** The framework as a tree: dimensions → sub-pillars → indicators. */
export function FrameworkTree({ view, root }: { view: IndexView; root: string }) {
  const top = childrenOf(view.nodes, root);
  return (
    <Stack gap="lg" data-testid="framework-tree">
      {top.map((node) => (
        <Card key={node.code}>
          <FrameworkNode nodes={view.nodes} node={node} depth={1} />
        </Card>
      ))}
    </Stack>
  );
}

/** Units × indicators, the raw values the index was built from. */
function RawValuesTable({
  view,
  result,
}: {
  view: IndexView;
  result: NonNullable<IndexView["result"]>;
}) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const data = useIndexData(view.slug, view.version);
  const [sort, setSort] = useState("name");
  const [query, setQuery] = useState("");
  const indicators = view.nodes.filter((node) => node.type === "Indicator");
  const denominators = new Map(
    view.framework.flatMap((entry) =>
      entry.type === "Indicator" && entry.denominator ? [[entry.code, entry.denominator]] : [],
    ),
  );
  return (
    <QueryState query={data}>
      {(raw) => {
        const needle = query.trim().toLocaleLowerCase();
        const descending = sort.startsWith("-");
        const field = descending ? sort.slice(1) : sort;
        const rows = result.results
          .filter((unit) => !needle || unit.uName.toLocaleLowerCase().includes(needle))
          .map((unit) => ({ unit, values: raw.byUnit.get(unit.uCode) ?? {} }))
          .sort((a, b) => {
            if (field === "name") {
              const order = a.unit.uName.localeCompare(b.unit.uName);
              return descending ? -order : order;
            }
            const x = a.values[field.slice(2)] ?? null;
            const y = b.values[field.slice(2)] ?? null;
            if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
            return descending ? y - x : x - y;
          });
        return (
          <Stack gap="sm">
            <TextInput
              label={t("indices.ranking.search")}
              placeholder={t("indices.ranking.searchPlaceholder")}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              w={260}
            />
            <ScrollArea h={560} type="auto" offsetScrollbars>
              <Table
                striped
                stickyHeader
                verticalSpacing={4}
                data-testid="raw-values-table"
                style={{ fontVariantNumeric: "tabular-nums" }}
              >
                <Table.Thead>
                  <Table.Tr>
                    <SortableTh field="name" sort={sort} onSort={setSort}>
                      {t("indices.ranking.unit")}
                    </SortableTh>
                    {indicators.map((node) => (
                      <SortableTh
                        key={node.code}
                        field={`v.${node.code}`}
                        sort={sort}
                        onSort={setSort}
                        firstDirection="desc"
                        ta="right"
                      >
                        <Tooltip
                          label={`${node.name}${node.unit ? ` (${node.unit})` : ""}${denominators.has(node.code) ? ` · ${t("indices.framework.beforeDenominator", { denominator: denominators.get(node.code) })}` : ""}`}
                          withinPortal
                        >
                          <span>{node.code}</span>
                        </Tooltip>
                      </SortableTh>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ unit, values }) => (
                    <Table.Tr key={unit.uCode}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <Anchor
                          component={Link}
                          to={unitPath(view.slug, unit.uCode, view.version)}
                          size="sm"
                        >
                          {unit.uName}
                        </Anchor>
                      </Table.Td>
                      {indicators.map((node) => (
                        <Table.Td key={node.code} ta="right" style={{ whiteSpace: "nowrap" }}>
                          {score.raw(values[node.code])}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Stack>
        );
      }}
    </QueryState>
  );
}

export function IndicatorsTab({
  view,
  result,
}: {
  view: IndexView;
  result: NonNullable<IndexView["result"]>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <section aria-labelledby="framework-heading">
        <Title id="framework-heading" order={2} size="h3" mb="md">
          {t("indices.framework.title")}
        </Title>
        <FrameworkTree view={view} root={result.root} />
      </section>
      <section aria-labelledby="raw-heading">
        <Title id="raw-heading" order={2} size="h3" mb={4}>
          {t("indices.framework.rawTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("indices.framework.rawHint")}
        </Text>
        <RawValuesTable view={view} result={result} />
      </section>
    </Stack>
  );
}
