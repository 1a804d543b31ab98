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
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBuildingCommunity, IconMapPin, IconSearch } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import {
  ORGANIZATION_KINDS,
  type Organization,
  type OrganizationKind,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { countryOptions, flagEmoji } from "../../components/countries.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { KindBadge } from "../../components/kind-badge.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useAreaName, useAreaOptions } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import {
  ORGANIZATION_SORTS,
  type OrganizationFilters,
  type OrganizationSort,
  useOrganizationPages,
} from "./data.ts";

function readFilters(params: URLSearchParams): OrganizationFilters {
  const kind = params.get("kind");
  const sort = params.get("sort");
  return {
    q: params.get("q") ?? "",
    kind: (ORGANIZATION_KINDS as readonly string[]).includes(kind ?? "")
      ? (kind as OrganizationKind)
      : null,
    country: params.get("country") || null,
    domain: params.get("domain") || null,
    sort: (ORGANIZATION_SORTS as readonly string[]).includes(sort ?? "")
      ? (sort as OrganizationSort)
      : "name",
  };
}

function OrganizationCard({ organization }: { organization: Organization }) {
  const format = useFormat();
  const areaName = useAreaName();
  return (
    <Card h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor
            component={Link}
            to={`/organizations/${organization.slug}`}
            fw={700}
            size="lg"
            lh={1.3}
            c="dark.8"
            style={{ overflowWrap: "anywhere" }}
          >
            {organization.name}
          </Anchor>
          <KindBadge kind={organization.kind} style={{ flexShrink: 0 }} />
        </Group>
        <Group gap={6} c="dimmed">
          <IconMapPin size={14} aria-hidden />
          <Text size="sm">
            <span aria-hidden="true">{flagEmoji(organization.country)} </span>
            {[organization.cityName, format.country(organization.country)]
              .filter(Boolean)
              .join(", ")}
          </Text>
        </Group>
        {organization.description ? (
          <Text size="sm" c="dark.4" lineClamp={3}>
            {organization.description}
          </Text>
        ) : null}
        {organization.domains.length > 0 ? (
          <Group gap={6} mt="auto" pt="xs">
            {organization.domains.slice(0, 3).map((domain) => (
              <Badge key={domain} variant="outline" color="gray" size="sm" tt="none">
                {areaName(domain)}
              </Badge>
            ))}
            {organization.domains.length > 3 ? (
              <Badge variant="transparent" color="gray" size="sm">
                +{organization.domains.length - 3}
              </Badge>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

export function OrganizationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const areaOptions = useAreaOptions();
  const countries = useMemo(() => countryOptions(format.locale), [format.locale]);

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

  const pages = useOrganizationPages(filters);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;

  return (
    <PageContainer>
      <PageHeader
        eyebrow={t("organizations.eyebrow")}
        title={t("organizations.title")}
        description={t("organizations.description")}
      />
      <Paper
        withBorder
        p="md"
        mb="lg"
        component="form"
        role="search"
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput
            label={t("organizations.filters.search")}
            placeholder={t("organizations.filters.searchPlaceholder")}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Select
            label={t("organizations.filters.kind")}
            placeholder={t("common.all")}
            data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            value={filters.kind}
            onChange={(value) => setParam("kind", value)}
            clearable
          />
          <Select
            label={t("organizations.filters.country")}
            placeholder={t("common.all")}
            data={countries}
            value={filters.country}
            onChange={(value) => setParam("country", value)}
            searchable
            clearable
            nothingFoundMessage={t("common.noResults")}
          />
          <Select
            label={t("organizations.filters.domain")}
            placeholder={t("common.all")}
            data={areaOptions}
            value={filters.domain}
            onChange={(value) => setParam("domain", value)}
            clearable
          />
        </SimpleGrid>
      </Paper>

      <Group justify="space-between" mb="md" gap="sm">
        <Text fw={700} aria-live="polite">
          {pages.data
            ? t("organizations.count", { count: total, formatted: format.integer(total) })
            : " "}
        </Text>
        <Select
          label={t("common.sortBy")}
          size="xs"
          w={200}
          allowDeselect={false}
          data={[
            { value: "name", label: t("organizations.sort.nameAsc") },
            { value: "-name", label: t("organizations.sort.nameDesc") },
            { value: "-createdAt", label: t("organizations.sort.newest") },
          ]}
          value={filters.sort}
          onChange={(value) => setParam("sort", value === "name" ? null : value)}
          styles={{
            root: { display: "flex", alignItems: "center", gap: 8 },
            label: { whiteSpace: "nowrap" },
          }}
        />
      </Group>

      {pages.isError ? (
        <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : pages.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {Array.from({ length: 6 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={i} height={170} radius="lg" />
          ))}
        </SimpleGrid>
      ) : items.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <IconBuildingCommunity size={40} aria-hidden color="var(--mantine-color-gray-5)" />
          <Text c="dimmed" mt="sm">
            {t("organizations.empty")}
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="organizations-grid">
          {items.map((organization) => (
            <OrganizationCard key={organization.id} organization={organization} />
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
