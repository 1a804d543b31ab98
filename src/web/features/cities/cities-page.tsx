import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { IconMapPin, IconSearch } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { CONTINENTS, type Continent } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { countryOptions } from "../../components/countries.ts";
import { CountryLabel } from "../../components/country-label.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SortableTh } from "../../components/sortable-th.tsx";
import { useFormat } from "../../components/use-format.ts";
import { type MapPoint, WorldMap } from "../../components/world-map.tsx";
import {
  CITY_SORTS,
  type CityFilters,
  type CitySort,
  useCityMapPoints,
  useCityPages,
} from "./data.ts";

const POPULATION_STEPS = [100_000, 500_000, 1_000_000, 5_000_000, 10_000_000];

function readFilters(params: URLSearchParams): CityFilters {
  const continent = params.get("continent");
  const sort = params.get("sort");
  const minPopulation = Number(params.get("minPopulation"));
  return {
    q: params.get("q") ?? "",
    continent: (CONTINENTS as readonly string[]).includes(continent ?? "")
      ? (continent as Continent)
      : null,
    country: params.get("country") || null,
    minPopulation: Number.isFinite(minPopulation) && minPopulation > 0 ? minPopulation : null,
    sort: (CITY_SORTS as readonly string[]).includes(sort ?? "")
      ? (sort as CitySort)
      : "-population",
  };
}

export function CitiesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const isMobile = useMediaQuery("(max-width: 48em)");

  // The search box updates the URL a moment after typing stops, not on every key.
  const [text, setText] = useState(filters.q);
  const [debouncedText] = useDebouncedValue(text, 300);
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives it
  useEffect(() => {
    if (debouncedText !== filters.q) setParam("q", debouncedText.trim() || null);
  }, [debouncedText]);

  const pages = useCityPages(filters);
  const mapPoints = useCityMapPoints(filters);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;

  const points = useMemo<MapPoint[]>(
    () =>
      (mapPoints.data?.items ?? []).map((city) => ({
        id: city.slug,
        name: city.name,
        longitude: city.longitude,
        latitude: city.latitude,
        weight: city.population,
        detail: `${format.country(city.country)} · ${t("cities.populationValue", {
          value: format.compact(city.population),
        })}`,
      })),
    [mapPoints.data, format, t],
  );

  const continentOptions = CONTINENTS.filter((code) => code !== "AN").map((code) => ({
    value: code,
    label: t(`continents.${code}`),
  }));
  const countries = useMemo(() => countryOptions(format.locale), [format.locale]);
  const populationOptions = POPULATION_STEPS.map((value) => ({
    value: String(value),
    label: t("cities.atLeast", { value: format.compact(value) }),
  }));
  const hasFilters = Boolean(
    filters.q || filters.continent || filters.country || filters.minPopulation,
  );

  return (
    <PageContainer>
      <PageHeader
        eyebrow={t("cities.eyebrow")}
        title={t("cities.title")}
        description={t("cities.description")}
      />

      <Paper
        withBorder
        p="md"
        mb="lg"
        component="form"
        role="search"
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <TextInput
            label={t("cities.filters.search")}
            placeholder={t("cities.filters.searchPlaceholder")}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            name="q"
          />
          <Select
            label={t("cities.filters.continent")}
            placeholder={t("common.all")}
            data={continentOptions}
            value={filters.continent}
            onChange={(value) => setParam("continent", value)}
            clearable
            data-testid="continent-filter"
          />
          <Select
            label={t("cities.filters.country")}
            placeholder={t("common.all")}
            data={countries}
            value={filters.country}
            onChange={(value) => setParam("country", value)}
            searchable
            clearable
            nothingFoundMessage={t("common.noResults")}
          />
          <Select
            label={t("cities.filters.minPopulation")}
            placeholder={t("cities.filters.anySize")}
            data={populationOptions}
            value={filters.minPopulation ? String(filters.minPopulation) : null}
            onChange={(value) => setParam("minPopulation", value)}
            clearable
          />
        </SimpleGrid>
        {hasFilters ? (
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                setText("");
                setParams(
                  new URLSearchParams(filters.sort !== "-population" ? { sort: filters.sort } : {}),
                  {
                    replace: true,
                  },
                );
              }}
            >
              {t("common.clearFilters")}
            </Button>
          </Group>
        ) : null}
      </Paper>

      <Card mb="lg" p={0}>
        <Group justify="space-between" px="lg" pt="md" pb="xs" gap="xs">
          <Group gap={8}>
            <IconMapPin size={18} aria-hidden color="var(--mantine-color-civic-7)" />
            <Text fw={700}>{t("cities.map.title")}</Text>
          </Group>
          {mapPoints.data ? (
            <Text size="sm" c="dimmed">
              {mapPoints.data.total > mapPoints.data.items.length
                ? t("cities.map.largest", {
                    shown: format.integer(mapPoints.data.items.length),
                    total: format.integer(mapPoints.data.total),
                  })
                : t("cities.map.all", { count: mapPoints.data.items.length })}
            </Text>
          ) : null}
        </Group>
        {mapPoints.isError ? (
          <ErrorAlert error={mapPoints.error} onRetry={() => void mapPoints.refetch()} />
        ) : (
          <WorldMap
            points={points}
            height={isMobile ? 230 : 500}
            label={t("cities.map.label")}
            onPointClick={(slug) => void navigate(`/cities/${slug}`)}
            testId="cities-map"
          />
        )}
        <Text size="xs" c="dimmed" px="lg" py="xs">
          {t("cities.map.hint")}
        </Text>
      </Card>

      <Card p={0}>
        <Group justify="space-between" px="lg" py="md">
          <Text fw={700} aria-live="polite" data-testid="cities-count">
            {pages.data
              ? t("cities.count", { count: total, formatted: format.integer(total) })
              : " "}
          </Text>
          {pages.isFetching && !pages.isFetchingNextPage ? (
            <Badge variant="light" color="gray">
              {t("common.loading")}
            </Badge>
          ) : null}
        </Group>
        {pages.isError ? (
          <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />
        ) : (
          <div className="cm-table-scroll">
            <Table
              highlightOnHover
              verticalSpacing="sm"
              horizontalSpacing={isMobile ? "xs" : "lg"}
              data-testid="cities-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <SortableTh field="name" sort={filters.sort} onSort={(s) => setParam("sort", s)}>
                    {t("cities.columns.name")}
                  </SortableTh>
                  <Table.Th visibleFrom="xs">{t("cities.columns.country")}</Table.Th>
                  <Table.Th visibleFrom="sm">{t("cities.columns.continent")}</Table.Th>
                  <SortableTh
                    field="population"
                    sort={filters.sort}
                    onSort={(s) => setParam("sort", s)}
                    firstDirection="desc"
                    ta="right"
                  >
                    {t("cities.columns.population")}
                  </SortableTh>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pages.isPending
                  ? Array.from({ length: 8 }, (_, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
                      <Table.Tr key={i}>
                        <Table.Td colSpan={4}>
                          <Skeleton height={18} />
                        </Table.Td>
                      </Table.Tr>
                    ))
                  : rows.map((city) => (
                      <Table.Tr
                        key={city.id}
                        className="cm-row-link"
                        onClick={() => void navigate(`/cities/${city.slug}`)}
                      >
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/cities/${city.slug}`}
                            fw={600}
                            onClick={(event) => event.stopPropagation()}
                          >
                            {city.name}
                          </Anchor>
                          {/* On narrow screens the country joins the second line. */}
                          <Text size="xs" c="dimmed">
                            {city.province}
                            <Text span inherit hiddenFrom="xs">
                              {city.province ? " · " : ""}
                              {format.country(city.country)}
                            </Text>
                          </Text>
                        </Table.Td>
                        <Table.Td visibleFrom="xs">
                          <CountryLabel code={city.country} size="sm" />
                        </Table.Td>
                        <Table.Td visibleFrom="sm">
                          <Text size="sm">{t(`continents.${city.continent}`)}</Text>
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                          {isMobile
                            ? format.compact(city.population)
                            : format.integer(city.population)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {pages.data && rows.length === 0 ? (
          <Text ta="center" c="dimmed" py="xl">
            {t("cities.empty")}
          </Text>
        ) : null}
        {pages.hasNextPage ? (
          <Group justify="center" py="md">
            <Button
              variant="light"
              onClick={() => void pages.fetchNextPage()}
              loading={pages.isFetchingNextPage}
            >
              {t("common.loadMore")}
            </Button>
          </Group>
        ) : null}
        {pages.data && rows.length > 0 ? (
          <Text size="xs" c="dimmed" ta="center" pb="md">
            {t("common.showing", {
              shown: format.integer(rows.length),
              total: format.integer(total),
            })}
          </Text>
        ) : null}
      </Card>
    </PageContainer>
  );
}
