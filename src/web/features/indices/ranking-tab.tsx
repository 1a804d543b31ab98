import { Anchor, Group, ScrollArea, Select, Table, Text, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SortableTh } from "../../components/sortable-th.tsx";
import { useGroupLabel, useScoreFormat } from "./format.ts";
import { dimensionsOf, unitPath } from "./ranking.ts";
import type { IndexView } from "./types.ts";

/** The ranking: every unit kept, sortable by any column, filtered by group and name. */
export function RankingTab({
  view,
  result,
}: {
  view: IndexView;
  result: NonNullable<IndexView["result"]>;
}) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const groupLabel = useGroupLabel();
  const [sort, setSort] = useState("rank");
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<Record<string, string | null>>({});
  const dimensions = dimensionsOf(view, result.root);
  const units = useMemo(() => new Map(view.units.map((unit) => [unit.code, unit])), [view.units]);
  const intervals = useMemo(
    () => new Map((view.analysis?.units ?? []).map((unit) => [unit.uCode, unit])),
    [view.analysis],
  );
  const groups = view.framework
    .filter((entry) => entry.type === "Group")
    .map((entry) => ({
      code: entry.code,
      name: entry.name || entry.code,
      values: [
        ...new Set(
          view.units.map((unit) => unit.groups[entry.code]).filter((v) => v !== undefined),
        ),
      ].sort(),
    }))
    .filter((group) => group.values.length > 1);

  const rows = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const filtered = result.results.filter((unit) => {
      if (needle && !unit.uName.toLocaleLowerCase().includes(needle)) return false;
      const info = units.get(unit.uCode);
      return Object.entries(filters).every(
        ([group, value]) => !value || info?.groups[group] === value,
      );
    });
    const descending = sort.startsWith("-");
    const field = descending ? sort.slice(1) : sort;
    const key = (unit: (typeof filtered)[number]): number | string | null =>
      field === "rank"
        ? unit.rank
        : field === "name"
          ? unit.uName
          : (unit.scores[field.slice(2)] ?? null);
    return [...filtered].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      // Missing values sort last whichever way.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
      return (descending ? -order : order) || a.uName.localeCompare(b.uName);
    });
  }, [result.results, query, filters, sort, units]);

  return (
    <>
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t("indices.ranking.search")}
          placeholder={t("indices.ranking.searchPlaceholder")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={260}
        />
        {groups.map((group) => (
          <Select
            key={group.code}
            label={group.name}
            placeholder={t("common.all")}
            data={group.values.map((value) => ({ value, label: groupLabel(group.code, value) }))}
            value={filters[group.code] ?? null}
            onChange={(value) => setFilters((current) => ({ ...current, [group.code]: value }))}
            clearable
            w={200}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
        <Text size="sm" c="dimmed" ml="auto" data-testid="ranking-count">
          {t("indices.ranking.showing", { shown: rows.length, total: result.results.length })}
        </Text>
      </Group>
      <ScrollArea type="auto">
        <Table striped highlightOnHover verticalSpacing={6} data-testid="ranking-table" miw={720}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="rank" sort={sort} onSort={setSort}>
                {t("indices.ranking.rank")}
              </SortableTh>
              <SortableTh field="name" sort={sort} onSort={setSort}>
                {t("indices.ranking.unit")}
              </SortableTh>
              <SortableTh
                field={`s.${result.root}`}
                sort={sort}
                onSort={setSort}
                firstDirection="desc"
                ta="right"
              >
                {t("indices.ranking.index")}
              </SortableTh>
              {dimensions.map((dimension) => (
                <SortableTh
                  key={dimension.code}
                  field={`s.${dimension.code}`}
                  sort={sort}
                  onSort={setSort}
                  firstDirection="desc"
                  ta="right"
                >
                  <span title={dimension.name}>{dimension.name}</span>
                </SortableTh>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((unit) => {
              const interval = intervals.get(unit.uCode);
              return (
                <Table.Tr key={unit.uCode} data-testid="ranking-row">
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Text span fw={700} data-testid="ranking-rank">
                      {unit.rank ?? "–"}
                    </Text>
                    {interval && interval.q5Rank !== null ? (
                      <Text
                        span
                        size="xs"
                        c="dimmed"
                        ml={6}
                        title={t("indices.ranking.intervalHint")}
                      >
                        {t("indices.ranking.interval", {
                          low: interval.q5Rank,
                          high: interval.q95Rank,
                        })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={unitPath(view.slug, unit.uCode, view.version)}
                      fw={600}
                      data-testid="ranking-unit"
                    >
                      {unit.uName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: "tabular-nums" }}>
                    {score.score(unit.scores[result.root])}
                  </Table.Td>
                  {dimensions.map((dimension) => (
                    <Table.Td
                      key={dimension.code}
                      ta="right"
                      style={{ fontVariantNumeric: "tabular-nums" }}
                    >
                      {score.score(unit.scores[dimension.code])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t("common.noResults")}
        </Text>
      ) : null}
    </>
  );
}
