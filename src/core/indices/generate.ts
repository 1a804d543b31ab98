/**
 * Synthetic index data for benchmarks and tests: a framework of `levels` levels over
 * `indicators` indicators and `units` units with skewed values (some needing outlier
 * treatment), a share of missing values, a Region group and a population denominator.
 * Deterministic for a seed. Invented numbers, not measurements of any place.
 */
import { createRandom } from "../random.ts";
import type { IndexData, IndexUnit } from "./data.ts";
import { createIndexMeta, type IndexMeta, type IndexMetaEntry } from "./framework.ts";

export function generateIndexProblem(shape: {
  units: number;
  indicators: number;
  levels: number;
  seed: number;
  missingShare?: number;
}): { meta: IndexMeta; data: IndexData } {
  const random = createRandom(shape.seed);
  const { units, indicators, levels } = shape;
  const missingShare = shape.missingShare ?? 0.04;
  const branching = indicators ** (1 / (levels - 1));
  const counts = [indicators];
  for (let level = 2; level <= levels; level++)
    counts.push(
      level === levels
        ? 1
        : Math.max(
            1,
            Math.min(
              counts[level - 2] as number,
              Math.round(indicators / branching ** (level - 1)),
            ),
          ),
    );
  const code = (level: number, i: number) =>
    level === 1 ? `I${i + 1}` : level === levels ? "Index" : `L${level}_${i + 1}`;
  const entries: IndexMetaEntry[] = [];
  for (let level = 1; level <= levels; level++) {
    const count = counts[level - 1] as number;
    const above = counts[level] ?? 0;
    for (let i = 0; i < count; i++)
      entries.push({
        type: level === 1 ? "Indicator" : "Aggregate",
        code: code(level, i),
        level,
        direction: level === 1 ? (random.chance(0.25) ? -1 : 1) : null,
        weight: level === levels ? null : random.int(1, 3),
        denominator: level === 1 && i % 7 === 0 ? "Pop" : null,
        // Children spread evenly over the level above, so none is left without any.
        parent: level === levels ? null : code(level + 1, Math.floor((i * above) / count)),
      });
  }
  entries.push({ type: "Group", code: "Region" }, { type: "Denominator", code: "Pop" });
  const meta = createIndexMeta(entries, "generated meta");
  const regions = ["Africa", "Americas", "Asia", "Europe", "Oceania", "Middle East"];
  const unitList: IndexUnit[] = Array.from({ length: units }, (_, u) => ({
    uCode: `U${String(u + 1).padStart(4, "0")}`,
    uName: `Unit ${u + 1}`,
    time: null,
    groups: { Region: random.pick(regions) },
  }));
  const values: Record<string, (number | null)[]> = {
    Pop: unitList.map(() => Math.round(100 + 20_000 * random.next() ** 3)),
  };
  for (const indicator of meta.indicators) {
    // A third of the indicators are heavy-tailed (lognormal-like), the rest near-uniform.
    const skewed = random.chance(1 / 3);
    const scale = 10 ** random.int(0, 4);
    values[indicator] = unitList.map(() => {
      if (random.chance(missingShare)) return null;
      const u = random.next();
      return skewed ? scale * Math.exp(3 * u * u) : scale * (1 + u);
    });
  }
  return { meta, data: { units: unitList, values, source: "generated data" } };
}
