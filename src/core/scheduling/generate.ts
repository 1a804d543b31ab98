/**
 * Instances shaped like real brokerage forums (tests and `npm run bench:schedule`):
 * participants with skewed popularity (a few are asked by many), meetings between
 * distinct pairs, half the slots in the morning and half in the afternoon, some meetings
 * asked for one of them, and a few participants unavailable for a few slots.
 */
import { createRandom } from "../random.ts";
import type { SchedulingProblem } from "./problem.ts";

export interface BrokerageShape {
  participants: number;
  meetings: number;
  slots: number;
  tables: number;
  seed: number;
  /** Share of meetings asked for the morning or the afternoon (default 0.2). */
  sessionShare?: number;
  /** Share of participants with a few unavailable slots (default 0.15). */
  unavailableShare?: number;
}

export function generateBrokerage(shape: BrokerageShape): SchedulingProblem {
  const random = createRandom(shape.seed);
  const slots = Array.from({ length: shape.slots }, (_, i) => ({
    id: `s${i + 1}`,
    session: i < Math.ceil(shape.slots / 2) ? "am" : "pm",
  }));
  const participants = Array.from({ length: shape.participants }, (_, i) => {
    const unavailable = random.chance(shape.unavailableShare ?? 0.15)
      ? random.sample(slots, random.int(1, 3)).map((slot) => slot.id)
      : [];
    return unavailable.length > 0 ? { id: `p${i + 1}`, unavailable } : { id: `p${i + 1}` };
  });
  // Popularity: a participant's weight falls with its rank (Zipf-like, exponent 0.6).
  const weights = participants.map((_, i) => 1 / (i + 1) ** 0.6);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const drawParticipant = () => {
    let r = random.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r <= 0) return i;
    }
    return weights.length - 1;
  };
  // A participant meets at most in 80 % of the slots they can attend.
  const capacity = participants.map((p) =>
    Math.floor(
      0.8 * (shape.slots - (("unavailable" in p ? p.unavailable : undefined)?.length ?? 0)),
    ),
  );
  const load = new Int32Array(participants.length);
  const pairs = new Set<string>();
  const meetings: SchedulingProblem["meetings"] = [];
  for (
    let attempt = 0;
    meetings.length < shape.meetings && attempt < shape.meetings * 50;
    attempt++
  ) {
    const a = drawParticipant();
    const b = random.int(0, participants.length - 1);
    if (
      a === b ||
      (load[a] as number) >= (capacity[a] as number) ||
      (load[b] as number) >= (capacity[b] as number)
    )
      continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    load[a] = (load[a] as number) + 1;
    load[b] = (load[b] as number) + 1;
    const session = random.chance(shape.sessionShare ?? 0.2) ? random.pick(["am", "pm"]) : null;
    meetings.push({
      id: `m${meetings.length + 1}`,
      participants: [`p${a + 1}`, `p${b + 1}`],
      ...(session ? { session } : {}),
      priority: random.chance(0.3) ? 2 : 1,
    });
  }
  return { slots, tables: shape.tables, participants, meetings };
}
