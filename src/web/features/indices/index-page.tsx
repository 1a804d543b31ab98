import { Badge, SegmentedControl, SimpleGrid, Tabs, Text } from "@mantine/core";
import { IconCalendar, IconHierarchy, IconMapPin, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams, useSearchParams } from "react-router";
import { isApiError } from "../../app/api.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { useFormat } from "../../components/use-format.ts";
import { DownloadsTab, MapTab, UncertaintyTab } from "./analysis-tabs.tsx";
import { curatesIndices, useIndex, useIndexVersion } from "./data.ts";
import { IndicatorsTab } from "./indicators-tab.tsx";
import { MethodologyTab } from "./methodology-tab.tsx";
import { RankingTab } from "./ranking-tab.tsx";
import { ReviewPanel } from "./review-panel.tsx";
import { SyntheticBanner } from "./synthetic-banner.tsx";
import type { IndexView } from "./types.ts";

export const INDEX_TABS = [
  "ranking",
  "map",
  "uncertainty",
  "indicators",
  "methodology",
  "downloads",
] as const;
export type IndexTab = (typeof INDEX_TABS)[number];

function VersionToggle({ view }: { view: IndexView }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  return (
    <SegmentedControl
      aria-label={t("indices.review.versionLabel")}
      data={[
        {
          value: "published",
          label: t("indices.review.publishedVersion"),
          disabled: !view.publishedAt,
        },
        { value: "draft", label: t("indices.review.draftVersion") },
      ]}
      value={view.version}
      onChange={(value) => {
        const next = new URLSearchParams(params);
        if (value === "draft") next.set("version", "draft");
        else next.delete("version");
        setParams(next);
      }}
    />
  );
}

function IndexContent({ view, tab }: { view: IndexView; tab: IndexTab }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const result = view.result;
  const indicators = view.nodes.filter((node) => node.type === "Indicator").length;
  const suffix = view.version === "draft" ? "?version=draft" : "";
  return (
    <>
      <PageHeader
        eyebrow={t("indices.eyebrow", { year: view.year })}
        title={view.name}
        description={view.description || undefined}
        actions={view.canEdit ? <VersionToggle view={view} /> : undefined}
      />
      {view.version === "draft" ? (
        <Badge color="yellow" variant="light" mt={-16} mb="lg" data-testid="draft-badge">
          {t("indices.review.draftVersion")}
        </Badge>
      ) : null}
      {view.canEdit && view.version === "draft" ? <ReviewPanel view={view} /> : null}
      <SyntheticBanner synthetic={view.synthetic} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="xl">
        <StatCard
          label={t("indices.stats.units")}
          value={format.integer(result?.results.length ?? 0)}
          icon={<IconUsers size={22} />}
        />
        <StatCard
          label={t("indices.stats.indicators")}
          value={format.integer(indicators)}
          icon={<IconHierarchy size={22} />}
        />
        <StatCard
          label={view.version === "draft" ? t("indices.stats.built") : t("indices.stats.published")}
          value={format.date(view.version === "draft" ? view.builtAt : view.publishedAt) || "–"}
          icon={<IconCalendar size={22} />}
          color="dusk"
          testId="published-date"
        />
      </SimpleGrid>
      {!result ? (
        <Text c="dimmed" data-testid="not-built">
          {t("indices.review.notBuiltHint")}
        </Text>
      ) : (
        <Tabs
          value={tab}
          onChange={(value) =>
            void navigate(
              `/indices/${view.slug}${value && value !== "ranking" ? `/${value}` : ""}${suffix}`,
            )
          }
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            {INDEX_TABS.map((name) => (
              <Tabs.Tab
                key={name}
                value={name}
                leftSection={name === "map" ? <IconMapPin size={16} aria-hidden /> : undefined}
              >
                {t(`indices.tabs.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="ranking">
            <RankingTab view={view} result={result} />
          </Tabs.Panel>
          <Tabs.Panel value="map">
            <MapTab view={view} result={result} />
          </Tabs.Panel>
          <Tabs.Panel value="uncertainty">
            <UncertaintyTab view={view} />
          </Tabs.Panel>
          <Tabs.Panel value="indicators">
            <IndicatorsTab view={view} result={result} />
          </Tabs.Panel>
          <Tabs.Panel value="methodology">
            <MethodologyTab view={view} result={result} />
          </Tabs.Panel>
          <Tabs.Panel value="downloads">
            <DownloadsTab view={view} />
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}

/** /indices/:slug[/:tab]: the published index (or, for curators, ?version=draft). */
export function IndexPage() {
  const { slug, tab } = useParams();
  const version = useIndexVersion();
  const me = useMe();
  const index = useIndex(slug, version);
  const current = (INDEX_TABS as readonly string[]).includes(tab ?? "")
    ? (tab as IndexTab)
    : "ranking";
  // A curator opening an index never published goes to its draft.
  if (version === "published" && isApiError(index.error, "not_found") && curatesIndices(me.data))
    return <Navigate to={`/indices/${slug}${tab ? `/${tab}` : ""}?version=draft`} replace />;
  if (tab && current !== tab) return <Navigate to={`/indices/${slug}`} replace />;
  return (
    <PageContainer>
      <QueryState query={index}>{(view) => <IndexContent view={view} tab={current} />}</QueryState>
    </PageContainer>
  );
}
