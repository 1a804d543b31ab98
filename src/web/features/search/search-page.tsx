import {
  Alert,
  Badge,
  Box,
  Button,
  CloseButton,
  Drawer,
  Grid,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import {
  IconAdjustmentsHorizontal,
  IconDownload,
  IconInfoCircle,
  IconPlus,
  IconSearch,
  IconSearchOff,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../app/api.ts";
import {
  type ItemType,
  type OrganizationDetail,
  SEARCH_FACETS,
  type SearchFacet,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { ITEM_PATHS } from "../../components/item-links.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { useFormat } from "../../components/use-format.ts";
import { exportUrl, useSearch } from "./data.ts";
import { FacetPanel, useFacetLabel } from "./facet-panel.tsx";
import { SearchHitCard } from "./search-hit-card.tsx";
import {
  activeFilterCount,
  readSearchFilters,
  type SearchFilters,
  toggleValue,
  writeSearchFilters,
} from "./search-params.ts";

function useOrganizationName(id: string | null) {
  const organization = useQuery({
    queryKey: ["organizations", "detail", id],
    queryFn: ({ signal }) =>
      api.get<OrganizationDetail>(
        `/organizations/${encodeURIComponent(id ?? "")}`,
        undefined,
        signal,
      ),
    enabled: Boolean(id),
  });
  return organization.data?.name ?? null;
}

/** The ticked filters as removable chips, so the reader sees what narrows the results. */
function ActiveFilters({
  filters,
  fixedType,
  onChange,
}: {
  filters: SearchFilters;
  fixedType: ItemType | null;
  onChange: (next: SearchFilters) => void;
}) {
  const { t } = useTranslation();
  const label = useFacetLabel();
  const organizationName = useOrganizationName(filters.organization);
  if (activeFilterCount(filters, fixedType) === 0) return null;
  const chips: { key: string; text: ReactNode; remove: () => void; facet: string }[] = [];
  for (const facet of SEARCH_FACETS) {
    if (facet === "type" && fixedType) continue;
    for (const value of filters[facet]) {
      chips.push({
        key: `${facet}:${value}`,
        facet: t(`search.facets.${facet}`),
        text: label(facet, value),
        remove: () => onChange(toggleValue(filters, facet, value)),
      });
    }
  }
  if (filters.organization) {
    chips.push({
      key: "organization",
      facet: t("search.organization"),
      text: organizationName ?? "…",
      remove: () => onChange({ ...filters, organization: null }),
    });
  }
  return (
    <Group gap={6} mb="md" data-testid="active-filters">
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          variant="light"
          color="civic"
          tt="none"
          size="lg"
          pr={3}
          rightSection={
            <CloseButton
              size="xs"
              variant="transparent"
              onClick={chip.remove}
              aria-label={t("search.removeFilter", { facet: chip.facet })}
            />
          }
        >
          {chip.text}
        </Badge>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() =>
          onChange({
            ...filters,
            ...Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, []])),
            organization: null,
          } as SearchFilters)
        }
      >
        {t("common.clearFilters")}
      </Button>
    </Group>
  );
}

const PAGE_TEXT = {
  all: "search",
  challenge: "challenges",
  solution: "solutions",
  case: "cases",
} as const;

/** Who may publish an item of this type from the page header. */
function CreateButton({ type }: { type: ItemType }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data || (!me.data.organization && !me.data.platformAdmin)) return null;
  return (
    <Button
      component={Link}
      to={`${ITEM_PATHS[type]}/new`}
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {t(`${PAGE_TEXT[type]}.new`)}
    </Button>
  );
}

/**
 * The search over challenges, solutions and cases: one box, facets with counts, sort,
 * "Load more" and downloads. The whole state lives in the URL. With `fixedType` it is the
 * directory page of one kind (/challenges, /solutions, /cases).
 */
export function SearchPage({ fixedType = null }: { fixedType?: ItemType | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = readSearchFilters(params);
  const [drawerOpened, drawer] = useDisclosure(false);
  const text = PAGE_TEXT[fixedType ?? "all"];

  const setFilters = (next: SearchFilters, replace = false) =>
    setParams(writeSearchFilters(next), { replace });

  // The page's own box searches as one types; each pause replaces the URL (no history
  // entry per keystroke), while ticking a facet adds one, so Back undoes it.
  const [typed, setTyped] = useState(filters.q);
  const [debounced] = useDebouncedValue(typed, 350);
  useEffect(() => {
    setTyped(filters.q);
  }, [filters.q]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives it
  useEffect(() => {
    if (debounced.trim() !== filters.q) setFilters({ ...filters, q: debounced.trim() }, true);
  }, [debounced]);

  const search = useSearch(filters, fixedType);
  const first = search.data?.pages[0];
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  const total = first?.total ?? 0;
  const counts = first?.facets;
  const activeCount = activeFilterCount(filters, fixedType);

  const toggle = (facet: SearchFacet, value: string) =>
    setFilters(toggleValue(filters, facet, value));

  const facets = (
    <FacetPanel filters={filters} counts={counts} fixedType={fixedType} onToggle={toggle} />
  );

  return (
    <PageContainer>
      <PageHeader
        eyebrow={t(`${text}.eyebrow`)}
        title={t(`${text}.title`)}
        description={t(`${text}.description`)}
        actions={fixedType ? <CreateButton type={fixedType} /> : null}
      />
      <Box
        component="form"
        role="search"
        mb="lg"
        aria-label={t(`${text}.title`)}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ ...filters, q: typed.trim() }, true);
        }}
      >
        <TextInput
          size="lg"
          type="search"
          aria-label={t("search.boxLabel")}
          placeholder={t(`${text}.placeholder`)}
          leftSection={<IconSearch size={20} aria-hidden />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          data-testid="search-box"
          enterKeyHint="search"
          styles={{ input: { background: "var(--mantine-color-white)" } }}
        />
      </Box>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }} visibleFrom="md">
          <Paper withBorder p="md" component="aside" aria-label={t("search.filters")}>
            {facets}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Group justify="space-between" mb="sm" gap="sm" align="flex-end">
            <Text fw={700} aria-live="polite" data-testid="search-total">
              {first
                ? t("search.resultsCount", { count: total, formatted: format.integer(total) })
                : " "}
            </Text>
            <Group gap="xs" align="flex-end">
              <Button
                hiddenFrom="md"
                variant="default"
                leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
                rightSection={
                  activeCount > 0 ? (
                    <Badge size="sm" circle>
                      {activeCount}
                    </Badge>
                  ) : null
                }
                onClick={drawer.open}
              >
                {t("search.filters")}
              </Button>
              <Select
                label={t("common.sortBy")}
                w={170}
                allowDeselect={false}
                disabled={!filters.q}
                data={[
                  { value: "relevance", label: t("search.sort.relevance") },
                  { value: "date", label: t("search.sort.date") },
                ]}
                value={filters.q ? filters.sort : "date"}
                onChange={(value) =>
                  setFilters({ ...filters, sort: value === "date" ? "date" : "relevance" })
                }
              />
              <Button.Group>
                <Button
                  component="a"
                  href={exportUrl(filters, fixedType, "csv")}
                  download
                  variant="default"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  aria-label={t("search.downloadCsv")}
                  data-testid="export-csv"
                >
                  CSV
                </Button>
                <Button
                  component="a"
                  href={exportUrl(filters, fixedType, "json")}
                  download
                  variant="default"
                  aria-label={t("search.downloadJson")}
                  data-testid="export-json"
                >
                  JSON
                </Button>
              </Button.Group>
            </Group>
          </Group>

          <ActiveFilters filters={filters} fixedType={fixedType} onChange={setFilters} />

          {first?.mode === "fuzzy" && items.length > 0 ? (
            <Alert
              variant="light"
              color="blue"
              icon={<IconInfoCircle size={18} aria-hidden />}
              mb="md"
              data-testid="fuzzy-note"
            >
              {t("search.fuzzy", { q: filters.q })}
            </Alert>
          ) : null}

          {search.isError ? (
            <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />
          ) : search.isPending ? (
            <Stack gap="md" aria-busy="true">
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} height={150} radius="lg" />
              ))}
            </Stack>
          ) : items.length === 0 ? (
            <Paper withBorder p="xl" ta="center">
              <IconSearchOff size={40} aria-hidden color="var(--mantine-color-gray-5)" />
              <Text c="dimmed" mt="sm">
                {filters.q ? t("search.emptyFor", { q: filters.q }) : t("search.empty")}
              </Text>
            </Paper>
          ) : (
            <Stack
              gap="md"
              data-testid="search-results"
              style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }}
            >
              {items.map((hit) => (
                <SearchHitCard key={`${hit.type}:${hit.id}`} hit={hit} showType={!fixedType} />
              ))}
            </Stack>
          )}
          {search.hasNextPage ? (
            <Group justify="center" mt="xl">
              <Button
                variant="light"
                onClick={() => void search.fetchNextPage()}
                loading={search.isFetchingNextPage}
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
        </Grid.Col>
      </Grid>

      <Drawer
        opened={drawerOpened}
        onClose={drawer.close}
        title={t("search.filters")}
        position="left"
        size="sm"
      >
        {facets}
        <Button fullWidth mt="lg" onClick={drawer.close}>
          {t("search.showResults", { count: total, formatted: format.integer(total) })}
        </Button>
      </Drawer>
    </PageContainer>
  );
}

export function ChallengesPage() {
  return <SearchPage fixedType="challenge" />;
}

export function SolutionsPage() {
  return <SearchPage fixedType="solution" />;
}

export function CasesPage() {
  return <SearchPage fixedType="case" />;
}
