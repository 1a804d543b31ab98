import {
  Anchor,
  Card,
  Group,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useFormat } from "../../components/use-format.ts";
import { type MapPoint, WorldMap } from "../../components/world-map.tsx";
import { RankUncertaintyChart, SensitivityChart } from "./charts.tsx";
import { downloadUrl } from "./data.ts";
import { useScoreFormat } from "./format.ts";
import { unitPath } from "./ranking.ts";
import { INDEX_DOWNLOADS, type IndexDownload, type IndexView } from "./types.ts";

type Result = NonNullable<IndexView["result"]>;

/** Every unit with a place as a point coloured by its index score. */
export function MapTab({ view, result }: { view: IndexView; result: Result }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const navigate = useNavigate();
  const points = useMemo<MapPoint[]>(() => {
    const units = new Map(view.units.map((unit) => [unit.code, unit]));
    return result.results.flatMap((unit) => {
      const city = units.get(unit.uCode)?.city;
      const value = unit.scores[result.root];
      if (!city || typeof value !== "number") return [];
      return [
        {
          id: unit.uCode,
          name: unit.uName,
          latitude: city.latitude,
          longitude: city.longitude,
          // Every point the same size (the map scales by the largest weight, at least 1).
          weight: 0.12,
          value,
          detail: t("indices.map.tooltip", { rank: unit.rank ?? "–", score: score.score(value) }),
        },
      ];
    });
  }, [view.units, result, t, score]);
  const colorScale = useMemo(() => {
    const values = points.map((point) => point.value as number);
    return {
      min: Math.floor(Math.min(...values)),
      max: Math.ceil(Math.max(...values)),
      text: [t("indices.map.high"), t("indices.map.low")] as [string, string],
    };
  }, [points, t]);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("indices.map.hint", { count: points.length })}
      </Text>
      <Card p={0} style={{ overflow: "hidden" }}>
        <WorldMap
          points={points}
          height={520}
          label={t("indices.map.label", { name: view.name })}
          colorScale={colorScale}
          onPointClick={(id) => void navigate(unitPath(view.slug, id, view.version))}
          testId="index-map"
        />
      </Card>
    </Stack>
  );
}

function Interval({ low, high }: { low: number | null; high: number | null }) {
  const score = useScoreFormat();
  return (
    <Text span size="xs" c="dimmed">
      [{score.stat(low)}, {score.stat(high)}]
    </Text>
  );
}

/** Rank intervals per unit and the Sobol' indices of the assumptions. */
export function UncertaintyTab({ view }: { view: IndexView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const score = useScoreFormat();
  const analysis = view.analysis;
  if (!analysis)
    return (
      <Text c="dimmed" data-testid="no-analysis">
        {t("indices.uncertainty.none")}
      </Text>
    );
  const alternatives = new Map(analysis.assumptions.map((a) => [a.name, a.alternatives]));
  return (
    <Stack gap="lg">
      <Text>
        {t("indices.uncertainty.summary", {
          runs: format.integer(analysis.runs),
          seed: analysis.seed,
          assumptions: format.list(
            analysis.assumptions.map((a) => t(`indices.assumptions.${a.name}`)),
          ),
        })}
      </Text>
      <Card>
        <Title order={3} size="h4" mb={4}>
          {t("indices.uncertainty.chartTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("indices.uncertainty.chartHint")}
        </Text>
        <ScrollArea h={620} type="auto" offsetScrollbars>
          <RankUncertaintyChart analysis={analysis} />
        </ScrollArea>
      </Card>
      <Card>
        <Title order={3} size="h4" mb={4}>
          {t("indices.sensitivity.title")}
        </Title>
        {analysis.sensitivity ? (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {t("indices.sensitivity.hint", {
                bootstrap: format.integer(analysis.sensitivity.bootstrap),
              })}
            </Text>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <SensitivityChart analysis={analysis} />
              <ScrollArea type="auto">
                <Table data-testid="sensitivity-table" verticalSpacing={6}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("indices.sensitivity.assumption")}</Table.Th>
                      <Table.Th ta="right">{t("indices.sensitivity.firstOrder")}</Table.Th>
                      <Table.Th ta="right">{t("indices.sensitivity.totalEffect")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {analysis.sensitivity.indices.map((index) => (
                      <Table.Tr key={index.assumption}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {t(`indices.assumptions.${index.assumption}`)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {(alternatives.get(index.assumption) ?? []).join(" · ")}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                          {score.stat(index.firstOrder)}{" "}
                          <Interval low={index.firstOrderQ5} high={index.firstOrderQ95} />
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                          {score.stat(index.totalEffect)}{" "}
                          <Interval low={index.totalEffectQ5} high={index.totalEffectQ95} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
            </SimpleGrid>
          </>
        ) : (
          <Text c="dimmed">{t("indices.sensitivity.none")}</Text>
        )}
      </Card>
    </Stack>
  );
}

const DOWNLOAD_GROUPS: {
  key: "results" | "inputs" | "analysis" | "stages";
  files: IndexDownload[];
}[] = [
  { key: "results", files: ["results.csv"] },
  { key: "inputs", files: ["data.csv", "meta.csv", "pipeline.json"] },
  { key: "analysis", files: ["uncertainty.csv", "sensitivity.csv"] },
  {
    key: "stages",
    files: INDEX_DOWNLOADS.filter(
      (file) =>
        ![
          "results.csv",
          "data.csv",
          "meta.csv",
          "pipeline.json",
          "uncertainty.csv",
          "sensitivity.csv",
        ].includes(file),
    ),
  },
];

const fileKey = (file: IndexDownload) =>
  file.replace(/\.(csv|json)$/, "") as
    | "results"
    | "data"
    | "meta"
    | "pipeline"
    | "uncertainty"
    | "sensitivity"
    | "denominated"
    | "imputed"
    | "screened"
    | "treated"
    | "normalised"
    | "aggregated";

/** The files of this version: results, the inputs to rebuild it, the analysis, every stage. */
export function DownloadsTab({ view }: { view: IndexView }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {DOWNLOAD_GROUPS.map((group) => {
        const unavailable = group.key === "analysis" && !view.analysis;
        return (
          <Card key={group.key}>
            <Title order={3} size="h5" mb={4}>
              {t(`indices.downloads.${group.key}`)}
            </Title>
            {unavailable ? (
              <Text size="sm" c="dimmed">
                {t("indices.uncertainty.none")}
              </Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {group.files.map((file) => (
                  <li key={file}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <IconDownload size={16} aria-hidden style={{ marginTop: 3, flexShrink: 0 }} />
                      <div>
                        <Anchor
                          href={downloadUrl(view.slug, file, view.version)}
                          download
                          fw={600}
                          data-testid={`download-${file}`}
                        >
                          {file}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          {t(`indices.files.${fileKey(file)}`)}
                        </Text>
                      </div>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
