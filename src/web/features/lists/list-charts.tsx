import { Card, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ChallengeListDetail } from "../../app/api-types.ts";
import { CHART_COLORS } from "../../app/theme.ts";
import { type ChartOption, EChart } from "../../components/echart.tsx";
import { useAreaName } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";

interface Row {
  key: string;
  label: string;
  value: number;
}

function useBarOption(rows: Row[], series: string, color: string): ChartOption {
  const format = useFormat();
  return useMemo<ChartOption>(() => {
    // Largest at the top: ECharts draws category axes bottom-up.
    const ordered = [...rows].reverse();
    return {
      aria: { enabled: true },
      grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", show: false },
      yAxis: {
        type: "category",
        data: ordered.map((row) => row.label),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: "#343a40", fontSize: 12 },
      },
      series: [
        {
          type: "bar",
          name: series,
          data: ordered.map((row) => row.value),
          itemStyle: { color, borderRadius: [0, 5, 5, 0] },
          barMaxWidth: 20,
          label: {
            show: true,
            position: "right",
            formatter: (params) =>
              format.integer(Number((params as { value?: unknown }).value ?? 0)),
            color: "#343a40",
            fontWeight: 600,
          },
        },
      ],
    };
  }, [rows, series, color, format]);
}

function BarCard({
  title,
  rows,
  color,
  testId,
}: {
  title: string;
  rows: Row[];
  color: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const option = useBarOption(rows, t("lists.demandsSeries"), color);
  return (
    <Card h="100%">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("lists.noItems")}
        </Text>
      ) : (
        <EChart
          option={option}
          height={Math.max(160, rows.length * 28)}
          label={t("lists.chartLabel", {
            title,
            summary: rows.map((row) => `${row.label}: ${row.value}`).join(", "),
          })}
          testId={testId}
          dataAttributes={{ "data-bars": String(rows.length) }}
        />
      )}
    </Card>
  );
}

export function DomainChart({ list }: { list: ChallengeListDetail }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const rows = useMemo(
    () =>
      list.byDomain.map((entry) => ({
        key: entry.domain,
        label: areaName(entry.domain),
        value: entry.demands,
      })),
    [list.byDomain, areaName],
  );
  return (
    <BarCard
      title={t("lists.byDomain")}
      rows={rows}
      color={CHART_COLORS[0] ?? "#0b817a"}
      testId="list-domain-chart"
    />
  );
}

export function CountryChart({ list }: { list: ChallengeListDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(
    () =>
      list.byCountry.map((entry) => ({
        key: entry.country,
        // No flag emoji here: the canvas cannot fall back to another font for them.
        label: format.country(entry.country),
        value: entry.demands,
      })),
    [list.byCountry, format],
  );
  return (
    <BarCard
      title={t("lists.byCountry")}
      rows={rows}
      color={CHART_COLORS[1] ?? "#4955c0"}
      testId="list-country-chart"
    />
  );
}
