import { Skeleton, useMantineTheme } from "@mantine/core";
import type { VisualMapComponentOption } from "echarts/components";
import { VisualMapComponent } from "echarts/components";
import type { FeatureCollection, Geometry } from "geojson";
import { useEffect, useMemo, useState } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-110m.json?url";
import { type ChartOption, EChart, echarts } from "./echart.tsx";

// Only maps coloured by a value (an index's scores) use a visual map.
echarts.use([VisualMapComponent]);

export const WORLD_MAP = "world";

let worldReady: Promise<void> | null = null;

type Ring = number[][];

/**
 * A few world-atlas rings (Russia's Chukotka, Fiji) cross the antimeridian: vertices near
 * +180 sit next to vertices near -180. ECharts projects them flat and draws a stroke across
 * the whole map. Pinning the far-side vertices to the ring's own edge of the map removes
 * it, at the cost of flattening a sliver of land that is a few pixels wide at this scale.
 */
function fixAntimeridian(ring: Ring): Ring {
  let jumps = false;
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180) jumps = true;
  }
  if (!jumps) return ring;
  const east = ring.filter((point) => (point[0] ?? 0) > 0).length >= ring.length / 2;
  return ring.map(([lon = 0, lat = 0]) =>
    east && lon < 0 ? [180, lat] : !east && lon > 0 ? [-180, lat] : [lon, lat],
  );
}

function fixGeometry(geometry: Geometry | null): void {
  if (geometry?.type === "Polygon")
    geometry.coordinates = geometry.coordinates.map(fixAntimeridian);
  if (geometry?.type === "MultiPolygon") {
    geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(fixAntimeridian));
  }
}

/**
 * Registers the world's countries with ECharts, once per page, from the world-atlas
 * TopoJSON bundled with the app: no tile server, works offline.
 */
export function loadWorldMap(): Promise<void> {
  if (!worldReady) {
    worldReady = fetch(atlasUrl)
      .then((response) => response.json() as Promise<Topology>)
      .then((topology) => {
        const countries = topology.objects.countries as GeometryCollection;
        const geoJson = feature(topology, countries) as FeatureCollection;
        // Antarctica takes a fifth of the height and hosts no city of ours.
        geoJson.features = geoJson.features.filter((f) => f.id !== "010");
        for (const country of geoJson.features) fixGeometry(country.geometry);
        echarts.registerMap(
          WORLD_MAP,
          geoJson as unknown as Parameters<typeof echarts.registerMap>[1],
        );
      })
      .catch((error: unknown) => {
        worldReady = null;
        throw error;
      });
  }
  return worldReady;
}

export function useWorldMap(): "loading" | "ready" | "error" {
  const [state, setState] = useState<"loading" | "ready" | "error">(() =>
    echarts.getMap(WORLD_MAP) ? "ready" : "loading",
  );
  useEffect(() => {
    let live = true;
    loadWorldMap().then(
      () => live && setState("ready"),
      () => live && setState("error"),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export interface MapPoint {
  id: string;
  name: string;
  longitude: number;
  latitude: number;
  /** Drives the symbol size (population for cities). */
  weight: number;
  /** Extra line in the tooltip. */
  detail?: string;
  highlighted?: boolean;
  /** The value the point is coloured by, with `colorScale`. */
  value?: number | null;
}

/** Colours points by their `value` on this range, with a legend of the scale. */
export interface MapColorScale {
  min: number;
  max: number;
  /** Legend labels of the high and low ends. */
  text: [string, string];
}

export interface WorldMapProps {
  points: MapPoint[];
  height: number;
  label: string;
  onPointClick?: (id: string) => void;
  /** Centre and zoom on one place (a city locator) instead of the whole world. */
  focus?: { longitude: number; latitude: number; zoom: number };
  roam?: boolean;
  testId?: string;
  colorScale?: MapColorScale;
}

type PointDatum = {
  value: [number, number, number, number | null];
  name: string;
  id: string;
  detail: string;
};

export function WorldMap({
  points,
  height,
  label,
  onPointClick,
  focus,
  roam = true,
  testId,
  colorScale,
}: WorldMapProps) {
  const state = useWorldMap();
  const theme = useMantineTheme();

  const option = useMemo<ChartOption & { visualMap?: VisualMapComponentOption }>(() => {
    const maxWeight = Math.max(1, ...points.map((p) => p.weight));
    const size = (weight: number) => 5 + 19 * Math.sqrt(Math.max(0, weight) / maxWeight);
    const toDatum = (p: MapPoint): PointDatum => ({
      value: [p.longitude, p.latitude, p.weight, p.value ?? null],
      name: p.name,
      id: p.id,
      detail: p.detail ?? "",
    });
    const accent = theme.colors.civic?.[7] ?? "#0b817a";
    const highlight = "#e29a12";
    return {
      aria: { enabled: true, label: { description: label } },
      ...(colorScale
        ? {
            visualMap: {
              type: "continuous",
              min: colorScale.min,
              max: colorScale.max,
              dimension: 3,
              seriesIndex: 0,
              text: colorScale.text,
              calculable: false,
              orient: "horizontal",
              left: 16,
              bottom: 12,
              itemHeight: 140,
              inRange: { color: ["#d6604d", "#f4d166", "#1a9850"] },
              textStyle: { color: "#343a40" },
            },
          }
        : {}),
      tooltip: {
        trigger: "item",
        formatter: (params) => {
          const datum = (params as { data?: PointDatum }).data;
          if (!datum?.name) return "";
          const escapeHtml = (text: string) =>
            text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
          return datum.detail
            ? `<strong>${escapeHtml(datum.name)}</strong><br/>${escapeHtml(datum.detail)}`
            : `<strong>${escapeHtml(datum.name)}</strong>`;
        },
      },
      geo: {
        map: WORLD_MAP,
        roam,
        zoom: focus?.zoom ?? 1.15,
        center: focus ? [focus.longitude, focus.latitude] : [12, 18],
        scaleLimit: { min: 1, max: 12 },
        silent: true,
        itemStyle: { areaColor: "#e4ebf0", borderColor: "#ffffff", borderWidth: 0.6 },
        emphasis: { disabled: true },
        select: { disabled: true },
      },
      series: [
        {
          type: "scatter",
          name: label,
          coordinateSystem: "geo",
          data: points.filter((p) => !p.highlighted).map(toDatum),
          symbolSize: (value: number[]) => size(value[2] ?? 0),
          itemStyle: { color: accent, opacity: 0.72, borderColor: "#ffffff", borderWidth: 0.8 },
          emphasis: { scale: 1.3, itemStyle: { opacity: 1 } },
          z: 3,
        },
        {
          type: "effectScatter",
          name: label,
          coordinateSystem: "geo",
          data: points.filter((p) => p.highlighted).map(toDatum),
          symbolSize: (value: number[]) => Math.max(10, size(value[2] ?? 0)),
          rippleEffect: { brushType: "stroke", scale: 3 },
          itemStyle: { color: highlight },
          z: 4,
        },
      ],
    };
  }, [points, label, focus, roam, theme, colorScale]);

  if (state === "loading") return <Skeleton height={height} radius="md" />;
  if (state === "error") return <Skeleton height={height} radius="md" animate={false} />;
  return (
    <EChart
      option={option}
      height={height}
      label={label}
      testId={testId}
      dataAttributes={{ "data-points": String(points.length) }}
      onClick={
        onPointClick
          ? (event) => {
              const datum = event.data as PointDatum | undefined;
              if (datum?.id) onPointClick(datum.id);
            }
          : undefined
      }
    />
  );
}
