import type { BarSeriesOption, RadarSeriesOption, ScatterSeriesOption } from "echarts/charts";
import { RadarChart } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import { RadarComponent } from "echarts/components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EChart, echarts } from "../../components/echart.tsx";
import { useFormat } from "../../components/use-format.ts";
import type { UncertaintyResult } from "./types.ts";

// Only the index pages draw radars.
echarts.use([RadarChart, RadarComponent]);

type IndexChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | ScatterSeriesOption
  | RadarSeriesOption
  | GridComponentOption
  | RadarComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

const AXIS_TEXT = "#343a40";
const INTERVAL = "#8c95d5";
const NOMINAL = "#0b817a";
const MEDIAN = "#e29a12";
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const ROW_HEIGHT = 13;

/**
 * Per unit, sorted by nominal rank: the 5–95 % interval of its rank over the runs as a
 * horizontal bar (stacked on an invisible offset), the median and nominal rank as marks.
 */
export function RankUncertaintyChart({ analysis }: { analysis: UncertaintyResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const units = useMemo(
    () =>
      analysis.units
        .filter((unit) => unit.nominalRank !== null)
        .sort((a, b) => (a.nominalRank as number) - (b.nominalRank as number)),
    [analysis],
  );
  const option = useMemo<IndexChartOption>(() => {
    const names = units.map((unit) => unit.uName);
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 24, top: 52, bottom: 8, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        data: [
          t("indices.uncertainty.interval"),
          t("indices.uncertainty.median"),
          t("indices.uncertainty.nominal"),
        ],
        textStyle: { color: AXIS_TEXT },
      },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (params) => {
          const list = params as { dataIndex: number }[];
          const unit = units[list[0]?.dataIndex ?? -1];
          if (!unit) return "";
          return `<strong>${escapeHtml(unit.uName)}</strong><br/>${escapeHtml(
            t("indices.uncertainty.tooltip", {
              rank: unit.nominalRank,
              median: unit.medianRank === null ? "–" : format.decimal(unit.medianRank),
              low: unit.q5Rank ?? "–",
              high: unit.q95Rank ?? "–",
            }),
          )}`;
        },
      },
      xAxis: {
        type: "value",
        min: 1,
        max: Math.max(units.length, ...units.map((unit) => unit.q95Rank ?? 1)),
        position: "top",
        minInterval: 1,
        axisLabel: { color: AXIS_TEXT },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: names,
        axisLabel: { color: AXIS_TEXT, fontSize: 10, interval: 0 },
        axisTick: { show: false },
      },
      series: [
        {
          type: "bar",
          stack: "interval",
          silent: true,
          itemStyle: { color: "transparent" },
          data: units.map((unit) => (unit.q5Rank ?? 1) - 1),
          barWidth: 7,
        },
        {
          type: "bar",
          stack: "interval",
          name: t("indices.uncertainty.interval"),
          itemStyle: { color: INTERVAL, borderRadius: 3 },
          data: units.map((unit) => Math.max(0.6, (unit.q95Rank ?? 0) - (unit.q5Rank ?? 0))),
          barWidth: 7,
        },
        {
          type: "scatter",
          name: t("indices.uncertainty.median"),
          symbol: "diamond",
          symbolSize: 8,
          itemStyle: { color: MEDIAN },
          data: units.map((unit, index) => [unit.medianRank, index]),
        },
        {
          type: "scatter",
          name: t("indices.uncertainty.nominal"),
          symbolSize: 6,
          itemStyle: { color: NOMINAL },
          data: units.map((unit, index) => [unit.nominalRank, index]),
        },
      ],
    };
  }, [units, t, format]);
  return (
    <EChart
      option={option}
      height={units.length * ROW_HEIGHT + 70}
      label={t("indices.uncertainty.chartLabel")}
      testId="rank-uncertainty-chart"
      dataAttributes={{ "data-units": String(units.length) }}
    />
  );
}

/** First-order and total-effect Sobol' indices per assumption, side by side. */
export function SensitivityChart({ analysis }: { analysis: UncertaintyResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const indices = analysis.sensitivity?.indices ?? [];
  const option = useMemo<IndexChartOption>(
    () => ({
      aria: { enabled: true },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: AXIS_TEXT } },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (value) => (typeof value === "number" ? format.decimal(value) : "–"),
      },
      xAxis: {
        type: "category",
        data: indices.map((index) => t(`indices.assumptions.${index.assumption}`)),
        axisLabel: { color: AXIS_TEXT },
      },
      yAxis: { type: "value", min: 0, max: 1, axisLabel: { color: AXIS_TEXT } },
      series: [
        {
          type: "bar",
          name: t("indices.sensitivity.firstOrder"),
          itemStyle: { color: INTERVAL },
          data: indices.map((index) => index.firstOrder ?? 0),
        },
        {
          type: "bar",
          name: t("indices.sensitivity.totalEffect"),
          itemStyle: { color: NOMINAL },
          data: indices.map((index) => index.totalEffect ?? 0),
        },
      ],
    }),
    [indices, t, format],
  );
  return (
    <EChart
      option={option}
      height={280}
      label={t("indices.sensitivity.chartLabel")}
      testId="sensitivity-chart"
    />
  );
}

const RADAR_COLORS = ["#0b817a", "#e29a12", "#4955c0", "#c2255c", "#5c940d", "#7048e8"];

export interface RadarSeries {
  name: string;
  values: (number | null)[];
}

/** A unit's scores on a set of aggregates against its peers, one polygon each. */
export function ScoreRadar({
  axes,
  series,
  max,
  label,
}: {
  axes: string[];
  series: RadarSeries[];
  max: number;
  label: string;
}) {
  const format = useFormat();
  const option = useMemo<IndexChartOption>(
    () => ({
      aria: { enabled: true },
      color: RADAR_COLORS,
      legend: { bottom: 0, textStyle: { color: AXIS_TEXT }, type: "plain" },
      tooltip: {
        trigger: "item",
        formatter: (params) => {
          const { name, value } = params as { name: string; value: (number | null)[] };
          const lines = axes.map(
            (axis, index) =>
              `${escapeHtml(axis)}: ${value[index] == null ? "–" : format.decimal(value[index] as number)}`,
          );
          return `<strong>${escapeHtml(name)}</strong><br/>${lines.join("<br/>")}`;
        },
      },
      radar: {
        indicator: axes.map((name) => ({ name, max, min: 0 })),
        radius: "62%",
        center: ["50%", "48%"],
        axisName: { color: AXIS_TEXT, fontSize: 12 },
      },
      series: [
        {
          type: "radar",
          symbolSize: 5,
          areaStyle: { opacity: 0.08 },
          data: series.map((entry, index) => ({
            name: entry.name,
            value: entry.values.map((value) => value ?? 0),
            lineStyle: { width: index === 0 ? 3 : 1.6 },
            areaStyle: { opacity: index === 0 ? 0.18 : 0.04 },
          })),
        },
      ],
    }),
    [axes, series, max, format],
  );
  return <EChart option={option} height={420} label={label} testId="unit-radar" />;
}
