// The judged set for `npm run eval:match`, and `npm run eval:match -- --write` to rebuild
// eval/match/judged-set.json from the demo generator.
//
// Stated plainly: these judgments are not human relevance labels. The demo generator
// writes every challenge from a problem template and every solution from an offer
// template, and records which offer templates answer which problems exactly or in part
// (TEMPLATE_RELATIONS). A solution is judged 2 (exact) or 1 (partial) for a challenge
// when its offer template answers the challenge's problem template so; every other
// solution is judged 0. The set is the generator's known ground truth for the demo data
// of one seed, kept in the repository so a change of generator shows up as a diff.
import { generateDemoData } from "../../src/demo/generate.ts";
import { generateMarketplaceData, templateRelation } from "../../src/demo/marketplace.ts";

export interface JudgedQuery {
  /** Slug of a public challenge of the demo data. */
  challenge: string;
  /** Slug of each relevant solution → grade (2 exact, 1 partial). */
  relevant: Record<string, 1 | 2>;
}

export interface JudgedSet {
  about: string;
  seed: number;
  queries: JudgedQuery[];
}

/** Every third public challenge with at least one relevant public solution. */
export function buildJudgedSet(seed: number): JudgedSet {
  const base = generateDemoData({ seed });
  const market = generateMarketplaceData(base, { seed });
  const publicSolutions = market.solutions.filter((s) => s.visibility === "public");
  const queries: JudgedQuery[] = [];
  const challenges = market.challenges
    .filter((c) => c.visibility === "public" && (c.status === "open" || c.status === "in-talks"))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  challenges.forEach((challenge, index) => {
    if (index % 3 !== 0) return;
    const problem = market.provenance.challenges[challenge.id];
    if (!problem) return;
    const relevant: Record<string, 1 | 2> = {};
    for (const solution of publicSolutions) {
      const offer = market.provenance.solutions[solution.id];
      const grade = offer ? templateRelation(problem, offer) : null;
      if (grade) relevant[solution.slug] = grade === "exact" ? 2 : 1;
    }
    if (Object.keys(relevant).length > 0) queries.push({ challenge: challenge.slug, relevant });
  });
  return {
    about:
      "Graded relevance of demo solutions to demo challenges, derived from the demo generator's template relations (2 = the solution's offer template answers the challenge's problem template exactly, 1 = in part). Generator ground truth, not human judgments.",
    seed,
    queries,
  };
}
