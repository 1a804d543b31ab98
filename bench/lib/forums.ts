/**
 * The brokerage forum shapes of the scheduling benchmarks (30–80 participants, 100–300
 * meetings asked, 8–22 slots, 12–27 tables), each generated with the seed 100 + its index
 * in `npm run bench:schedule`, and the large event.
 */
export const FORUMS = [
  { name: "forum A", participants: 30, meetings: 100, slots: 8, tables: 12 },
  { name: "forum B", participants: 45, meetings: 150, slots: 12, tables: 16 },
  { name: "forum C", participants: 60, meetings: 200, slots: 16, tables: 20 },
  { name: "forum D", participants: 50, meetings: 250, slots: 14, tables: 24 },
  { name: "forum E", participants: 80, meetings: 300, slots: 22, tables: 27 },
] as const;

export const LARGE_EVENT = {
  name: "large event",
  participants: 3000,
  meetings: 20000,
  slots: 24,
  tables: 1000,
} as const;

/** The benchmark's generator seed for the forum at this index (the large event follows). */
export const benchmarkSeed = (index: number) => 100 + index;
