import { Box } from "@mantine/core";
import type {
  BarSeriesOption,
  EffectScatterSeriesOption,
  PieSeriesOption,
  ScatterSeriesOption,
} from "echarts/charts";
import { BarChart, EffectScatterChart, PieChart, ScatterChart } from "echarts/charts";
import type {
  AriaComponentOption,
  GeoComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import {
  AriaComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef, useState } from "react";

echarts.use([
  BarChart,
  PieChart,
  ScatterChart,
  EffectScatterChart,
  GeoComponent,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | EffectScatterSeriesOption
  | GeoComponentOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

export interface ChartClick {
  seriesType?: string;
  componentType?: string;
  data?: unknown;
  name?: string;
}

export interface EChartProps {
  /** A `ChartOption`, or an option of chart types a page registers itself (`echarts.use`). */
  option: ChartOption | echarts.EChartsCoreOption;
  height: number | string;
  /** What the chart shows, for screen readers (the canvas itself is not readable). */
  label: string;
  onClick?: (event: ChartClick) => void;
  testId?: string;
  /** Extra data-* attributes on the host, e.g. how many points are drawn (for tests). */
  dataAttributes?: Record<`data-${string}`, string>;
}

/** A thin ECharts host: one instance per mount, resized with its container. */
export function EChart({ option, height, label, onClick, testId, dataAttributes }: EChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const chart = echarts.init(host, null, { renderer: "canvas" });
    chartRef.current = chart;
    chart.on("click", (params) => clickRef.current?.(params as ChartClick));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(host);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    setRendered(false);
    // "finished" fires once the option is drawn (animations included).
    const done = () => setRendered(true);
    chart.on("finished", done);
    chart.setOption(option, { notMerge: true });
    return () => {
      chart.off("finished", done);
    };
  }, [option]);

  return (
    <Box
      ref={hostRef}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-rendered={rendered ? "true" : "false"}
      {...dataAttributes}
      style={{ height, width: "100%", cursor: onClick ? "pointer" : undefined }}
    />
  );
}

export { echarts };
