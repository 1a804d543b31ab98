import type {
  BarSeriesOption,
  FunnelSeriesOption,
  LineSeriesOption,
  SankeySeriesOption,
} from "echarts/charts";
import { FunnelChart, LineChart, SankeyChart } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { OutcomeDay, OutcomeRow, Outcomes } from "../../app/api-types.ts";
import { echarts } from "../../components/echart.tsx";
import { useFormat } from "../../components/use-format.ts";
import { cumulativeTimeline, domainFlows, OUTCOME_LEVELS, TIMELINE_SERIES } from "./flows.ts";

// Only this page draws funnels, Sankeys and lines: registered here, not for every chart.
echarts.use([FunnelChart, SankeyChart, LineChart]);

export type OutcomeChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | LineSeriesOption
  | SankeySeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

/** One colour per funnel stage, the same in every chart of the page. */
export const STAGE_COLORS = {
  requests: "#adb5bd",
  pairs: "#8c95d5",
  meetings: "#4955c0",
  intentions: "#0b817a",
  contracts: "#e29a12",
} as const;

/** The Sankey's outcome nodes, coloured as the stage each stopped at. */
const OUTCOME_COLORS = {
  contracted: STAGE_COLORS.contracts,
  intentionOnly: STAGE_COLORS.intentions,
  metOnly: STAGE_COLORS.meetings,
  connectedOnly: STAGE_COLORS.pairs,
} as const;

const AXIS_TEXT = "#343a40";

export function useFunnelOption(funnel: Outcomes["funnel"]): OutcomeChartOption {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo<OutcomeChartOption>(() => {
    const stages = TIMELINE_SERIES.map((stage) => ({
      name: t(`outcomes.stages.${stage}`),
      value: stage === "requests" ? funnel.requests : funnel[stage],
      itemStyle: { color: STAGE_COLORS[stage] },
    }));
    return {
      aria: { enabled: true },
      tooltip: {
        trigger: "item",
        formatter: (params) => {
          const { name, value } = params as { name: string; value: number };
          return `${name}: ${format.integer(value)}`;
        },
      },
      series: [
        {
          type: "funnel",
          name: t("outcomes.funnelTitle"),
          left: 8,
          right: "38%",
          top: 8,
          bottom: 8,
          minSize: "6%",
          sort: "none",
          gap: 3,
          label: {
            show: true,
            position: "right",
            color: AXIS_TEXT,
            fontSize: 13,
            formatter: (params) => {
              const { name, value } = params as { name: string; value: number };
              return `{name|${name}}  {value|${format.integer(value)}}`;
            },
            rich: {
              name: { color: "#495057", fontSize: 13 },
              value: { color: AXIS_TEXT, fontSize: 14, fontWeight: 700 },
            },
          },
          labelLine: { show: true, length: 14, lineStyle: { color: "#ced4da" } },
          itemStyle: { borderColor: "#fff", borderWidth: 1 },
          data: stages,
        },
      ],
    };
  }, [funnel, t, format]);
}

/**
 * A breakdown as overlapping horizontal bars, one row per key: the pairs connected, and in
 * front of them the meetings, intentions and contracts each row got to.
 */
export function useStageBarsOption(
  rows: readonly OutcomeRow[],
  label: (key: string) => string,
): OutcomeChartOption {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo<OutcomeChartOption>(() => {
    // The largest at the top: category axes are drawn bottom-up.
    const ordered = [...rows].sort((a, b) => a.pairs - b.pairs);
    const stages = ["pairs", "meetings", "intentions", "contracts"] as const;
    return {
      aria: { enabled: true },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { color: AXIS_TEXT } },
      grid: { left: 8, right: 48, top: 32, bottom: 4, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (value) => format.integer(Number(value)),
      },
      xAxis: {
        type: "value",
        splitLine: { lineStyle: { color: "#f1f3f5" } },
        axisLabel: { show: false },
      },
      yAxis: {
        type: "category",
        data: ordered.map((row) => label(row.key)),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: AXIS_TEXT, fontSize: 12, width: 150, overflow: "truncate" },
      },
      series: stages.map((stage, index) => ({
        type: "bar" as const,
        name: t(`outcomes.stages.${stage}`),
        data: ordered.map((row) => row[stage]),
        barGap: "-100%",
        barWidth: 16 - index * 3,
        itemStyle: { color: STAGE_COLORS[stage], borderRadius: [0, 4, 4, 0] },
        z: index + 2,
        label:
          stage === "pairs"
            ? {
                show: true,
                position: "right" as const,
                color: AXIS_TEXT,
                fontWeight: 600,
                formatter: (params: unknown) =>
                  format.integer(Number((params as { value?: unknown }).value ?? 0)),
              }
            : { show: false },
      })),
    };
  }, [rows, label, t, format]);
}

/** From each area (left) to how far its pairs got (right). */
export function useSankeyOption(
  rows: readonly OutcomeRow[],
  areaName: (key: string) => string,
): OutcomeChartOption {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo<OutcomeChartOption>(() => {
    const flows = domainFlows(rows);
    const domains = [...new Set(flows.map((flow) => flow.domain))];
    const outcomes = OUTCOME_LEVELS.filter((level) => flows.some((flow) => flow.outcome === level));
    // Node names are ids (an area could share a word with an outcome); labels are looked up.
    const labels = new Map<string, string>([
      ...domains.map((key): [string, string] => [`domain:${key}`, areaName(key)]),
      ...outcomes.map((level): [string, string] => [
        `outcome:${level}`,
        t(`outcomes.levels.${level}`),
      ]),
    ]);
    const labelOf = (id: string) => labels.get(id) ?? id;
    return {
      aria: { enabled: true },
      tooltip: {
        trigger: "item",
        formatter: (params) => {
          const { dataType, data, name, value } = params as {
            dataType?: string;
            data: { source?: string; target?: string };
            name: string;
            value: number;
          };
          if (dataType === "edge")
            return `${labelOf(data.source ?? "")} → ${labelOf(data.target ?? "")}: ${format.integer(value)}`;
          return `${labelOf(name)}: ${format.integer(value)}`;
        },
      },
      series: [
        {
          type: "sankey",
          left: 4,
          right: 130,
          top: 8,
          bottom: 8,
          nodeWidth: 12,
          nodeGap: 10,
          layoutIterations: 0,
          emphasis: { focus: "adjacency" },
          label: {
            color: AXIS_TEXT,
            fontSize: 12,
            formatter: (params) => labelOf((params as { name: string }).name),
          },
          lineStyle: { color: "gradient", opacity: 0.35, curveness: 0.5 },
          data: [
            ...domains.map((key) => ({
              name: `domain:${key}`,
              itemStyle: { color: "#5560c2" },
              label: { position: "right" as const },
            })),
            ...outcomes.map((level) => ({
              name: `outcome:${level}`,
              itemStyle: { color: OUTCOME_COLORS[level] },
            })),
          ],
          links: flows.map((flow) => ({
            source: `domain:${flow.domain}`,
            target: `outcome:${flow.outcome}`,
            value: flow.value,
          })),
        },
      ],
    };
  }, [rows, areaName, t, format]);
}

export function useTimelineOption(
  days: readonly OutcomeDay[],
  cumulative: boolean,
): OutcomeChartOption {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo<OutcomeChartOption>(() => {
    const points = cumulative ? cumulativeTimeline(days) : days;
    const dayLabel = new Intl.DateTimeFormat(format.locale, {
      month: "short",
      day: "numeric",
      timeZone: "UTC",
    });
    const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
    return {
      aria: { enabled: true },
      legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { color: AXIS_TEXT } },
      grid: { left: 8, right: 24, top: 36, bottom: 4, containLabel: true },
      tooltip: {
        trigger: "axis",
        valueFormatter: (value) => format.integer(Number(value)),
      },
      // Days without news are missing from the answer: a time axis keeps them in scale.
      xAxis: {
        type: "time",
        axisLabel: {
          color: AXIS_TEXT,
          hideOverlap: true,
          formatter: (value: number) => dayLabel.format(new Date(value)),
        },
        axisPointer: {
          label: { formatter: (params) => dayLabel.format(new Date(Number(params.value))) },
        },
        axisLine: { lineStyle: { color: "#ced4da" } },
        splitLine: { show: false },
      },
      yAxis: {
        type: "value",
        minInterval: 1,
        axisLabel: { color: AXIS_TEXT, formatter: (value: number) => format.compact(value) },
        splitLine: { lineStyle: { color: "#f1f3f5" } },
      },
      series: TIMELINE_SERIES.map((series) => ({
        type: "line" as const,
        name: t(`outcomes.stages.${series}`),
        data: points.map((point) => [time(point.day), point[series]]),
        showSymbol: false,
        ...(cumulative ? { step: "end" as const } : {}),
        lineStyle: { width: series === "contracts" ? 3 : 2 },
        itemStyle: { color: STAGE_COLORS[series] },
        ...(cumulative && series === "pairs" ? { areaStyle: { opacity: 0.08 } } : {}),
      })),
    };
  }, [days, cumulative, t, format]);
}
