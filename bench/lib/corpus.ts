import type { DemoData } from "../../src/demo/generate.ts";
import { generateMarketplaceData } from "../../src/demo/marketplace.ts";
import type { Database } from "../../src/server/db/client.ts";
import { cases, challenges, solutions } from "../../src/server/db/schema/index.ts";

export interface CorpusSize {
  challenges: number;
  solutions: number;
  cases: number;
}

let counter = 0;
/** Ids unique across the corpus and distinct from the demo's random ones. */
const nextId = () => `bbbbbbbb-0000-4000-8000-${(counter++).toString(16).padStart(12, "0")}`;

/**
 * Fills the marketplace tables up to the given sizes with items written from the demo
 * generator's templates (a new seed per round, so cities, wording and facets vary), in
 * batches through the normal insert path, so the search triggers index them.
 */
export async function fillCorpus(
  db: Database,
  base: DemoData,
  size: CorpusSize,
  progress: (done: CorpusSize) => void,
): Promise<CorpusSize> {
  const done: CorpusSize = { challenges: 0, solutions: 0, cases: 0 };
  for (let round = 1; ; round++) {
    const want = {
      challenges: size.challenges - done.challenges,
      solutions: size.solutions - done.solutions,
      cases: size.cases - done.cases,
    };
    if (want.challenges <= 0 && want.solutions <= 0 && want.cases <= 0) break;
    const generated = generateMarketplaceData(base, { seed: 50_000 + round });
    const suffix = `-r${round}`;
    const challengeRows = generated.challenges
      .slice(0, Math.max(0, want.challenges))
      .map((row) => ({ ...row, id: nextId(), slug: row.slug + suffix, contactPersonId: null }));
    const solutionRows = generated.solutions
      .slice(0, Math.max(0, want.solutions))
      .map((row) => ({ ...row, id: nextId(), slug: row.slug + suffix }));
    const caseRows = generated.cases
      .slice(0, Math.max(0, want.cases))
      .map((row) => ({ ...row, id: nextId(), slug: row.slug + suffix }));
    for (const [table, rows] of [
      [challenges, challengeRows],
      [solutions, solutionRows],
      [cases, caseRows],
    ] as const) {
      for (let start = 0; start < rows.length; start += 1000) {
        await db.insert(table).values(rows.slice(start, start + 1000) as never);
      }
    }
    done.challenges += challengeRows.length;
    done.solutions += solutionRows.length;
    done.cases += caseRows.length;
    progress(done);
  }
  return done;
}
