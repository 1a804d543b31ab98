import type { OutcomeDay, OutcomeRow } from "../../app/api-types.ts";

/** How far a connection got, as the Sankey's right-hand nodes, the furthest first. */
export const OUTCOME_LEVELS = ["contracted", "intentionOnly", "metOnly", "connectedOnly"] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

export interface DomainFlow {
  domain: string;
  outcome: OutcomeLevel;
  value: number;
}

/**
 * From an area's stage counts (each stage counts every connection that reached it) to
 * where its pairs ended: contracted, an intention only, a meeting only, connected only.
 * Empty flows are left out.
 */
export function domainFlows(rows: readonly OutcomeRow[]): DomainFlow[] {
  return rows.flatMap((row) => {
    const values: Record<OutcomeLevel, number> = {
      contracted: row.contracts,
      intentionOnly: row.intentions - row.contracts,
      metOnly: row.meetings - row.intentions,
      connectedOnly: row.pairs - row.meetings,
    };
    return OUTCOME_LEVELS.map((outcome) => ({
      domain: row.key,
      outcome,
      value: Math.max(0, values[outcome]),
    })).filter((flow) => flow.value > 0);
  });
}

export const TIMELINE_SERIES = [
  "requests",
  "pairs",
  "meetings",
  "intentions",
  "contracts",
] as const;
export type TimelineSeries = (typeof TIMELINE_SERIES)[number];

/** Running totals of the per-day counts: how many connections had reached each stage by then. */
export function cumulativeTimeline(days: readonly OutcomeDay[]): OutcomeDay[] {
  const totals: Record<TimelineSeries, number> = {
    requests: 0,
    pairs: 0,
    meetings: 0,
    intentions: 0,
    contracts: 0,
  };
  return days.map((day) => {
    for (const series of TIMELINE_SERIES) totals[series] += day[series];
    return { day: day.day, ...totals };
  });
}

/** A share of two counts, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
