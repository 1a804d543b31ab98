import { Box, Button, Checkbox, Group, Skeleton, Stack, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  BUDGET_BANDS,
  CONTINENTS,
  type Continent,
  ITEM_TYPES,
  type ItemType,
  PROCUREMENT_STAGES,
  type ProcurementStage,
  SEARCH_FACETS,
  type SearchFacet,
} from "../../app/api-types.ts";
import { flagEmoji } from "../../components/countries.ts";
import { isBudgetBand, isStage } from "../../components/item-badges.tsx";
import { useAreaName, useSdg } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import type { FacetCounts } from "./data.ts";
import type { SearchFilters } from "./search-params.ts";

/** Facets that only make sense for some item types. */
const FACET_TYPES: Partial<Record<SearchFacet, ItemType>> = {
  trl: "solution",
  stage: "challenge",
  budgetBand: "challenge",
};

/** How many values a long facet (countries) shows before "Show all". */
const SHORT_LIST = 6;

function useFacetLabel() {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const format = useFormat();
  const sdg = useSdg();
  return (facet: SearchFacet, value: string): ReactNode => {
    switch (facet) {
      case "type":
        return value === "challenge" || value === "solution" || value === "case"
          ? t(`itemTypesPlural.${value}`)
          : value;
      case "domain":
        return areaName(value);
      case "sdg": {
        const info = sdg(Number(value));
        return (
          <Group gap={6} wrap="nowrap" component="span">
            <Box
              component="span"
              w={12}
              h={12}
              style={{ background: info.color, borderRadius: 2, flexShrink: 0 }}
              aria-hidden
            />
            <span>
              {value} · {info.name}
            </span>
          </Group>
        );
      }
      case "country":
        return (
          <span>
            <span aria-hidden="true">{flagEmoji(value)} </span>
            {format.country(value)}
          </span>
        );
      case "continent":
        return (CONTINENTS as readonly string[]).includes(value)
          ? t(`continents.${value as Continent}`)
          : value;
      case "trl":
        return t("trl.short", { level: value });
      case "stage":
        return isStage(value) ? t(`stages.${value}`) : value;
      case "budgetBand":
        return isBudgetBand(value) ? t(`budgetBands.${value}`) : value;
    }
  };
}

/**
 * Values in a steady reading order: types, stages and budget bands as defined, goals and
 * TRL by number (so ticking a box does not move it), areas and countries by count.
 */
function orderValues(facet: SearchFacet, values: { value: string; count: number }[]) {
  if (facet === "stage") {
    return [...values].sort(
      (a, b) =>
        PROCUREMENT_STAGES.indexOf(a.value as ProcurementStage) -
        PROCUREMENT_STAGES.indexOf(b.value as ProcurementStage),
    );
  }
  const fixed: Partial<Record<SearchFacet, readonly string[]>> = {
    type: ITEM_TYPES,
    budgetBand: BUDGET_BANDS,
  };
  const order = fixed[facet];
  if (order) {
    return [...values].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
  if (facet === "trl" || facet === "sdg") {
    return [...values].sort((a, b) => Number(a.value) - Number(b.value));
  }
  return values;
}

function FacetGroup({
  facet,
  values,
  selected,
  onToggle,
}: {
  facet: SearchFacet;
  values: { value: string; count: number }[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useFacetLabel();
  const [expanded, setExpanded] = useState(false);
  // Ticked values stay visible (and can be unticked) even when nothing matches them.
  const all = orderValues(facet, [
    ...values,
    ...selected
      .filter((value) => !values.some((entry) => entry.value === value))
      .map((value) => ({ value, count: 0 })),
  ]);
  const long = all.length > SHORT_LIST + 2;
  const shown =
    long && !expanded
      ? all.filter((entry, index) => index < SHORT_LIST || selected.includes(entry.value))
      : all;

  return (
    <Box component="fieldset" m={0} p={0} style={{ border: 0 }} data-testid={`facet-${facet}`}>
      <Text component="legend" fw={700} size="sm" mb={8} p={0}>
        {t(`search.facets.${facet}`)}
      </Text>
      <Stack gap={6}>
        {shown.map((entry) => (
          <Checkbox
            key={entry.value}
            size="sm"
            checked={selected.includes(entry.value)}
            onChange={() => onToggle(entry.value)}
            styles={{ body: { alignItems: "flex-start" }, labelWrapper: { flex: 1 } }}
            label={
              <Group justify="space-between" wrap="nowrap" gap="xs" component="span">
                <Text span size="sm" style={{ overflowWrap: "anywhere" }}>
                  {label(facet, entry.value)}
                </Text>
                <Text
                  span
                  size="xs"
                  c="dimmed"
                  style={{ fontVariantNumeric: "tabular-nums", flexShrink: 0 }}
                >
                  {format.integer(entry.count)}
                </Text>
              </Group>
            }
          />
        ))}
      </Stack>
      {long ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={6}
          px={4}
          onClick={() => setExpanded((value) => !value)}
          aria-expanded={expanded}
        >
          {expanded
            ? t("search.showFewer")
            : t("search.showAll", { count: all.length, formatted: format.integer(all.length) })}
        </Button>
      ) : null}
    </Box>
  );
}

export function FacetPanel({
  filters,
  counts,
  fixedType,
  onToggle,
}: {
  filters: SearchFilters;
  counts: FacetCounts | undefined;
  fixedType: ItemType | null;
  onToggle: (facet: SearchFacet, value: string) => void;
}) {
  if (!counts) {
    return (
      <Stack gap="lg" aria-busy="true">
        {[120, 180, 160].map((height) => (
          <Skeleton key={height} height={height} />
        ))}
      </Stack>
    );
  }
  const facets = SEARCH_FACETS.filter((facet) => {
    if (facet === "type" && fixedType) return false;
    const only = FACET_TYPES[facet];
    if (only && fixedType && fixedType !== only) return false;
    return counts[facet].length > 0 || filters[facet].length > 0;
  });
  return (
    <Stack gap="lg">
      {facets.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          values={counts[facet]}
          selected={filters[facet]}
          onToggle={(value) => onToggle(facet, value)}
        />
      ))}
    </Stack>
  );
}

export { useFacetLabel };
