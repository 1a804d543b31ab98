import { expect, test } from "@playwright/test";
import { ChallengePage, SolutionPage } from "./pages/item-pages.ts";

// A public challenge of the demo data, with several demo solutions on the same problem.
const CHALLENGE = {
  slug: "mapping-and-removing-accessibility-barriers-in-perth",
  title: "Mapping and removing accessibility barriers in Perth",
};

test("an anonymous visitor sees the solutions that fit a challenge, with why, and opens one", async ({
  page,
}) => {
  const challenge = new ChallengePage(page);
  await challenge.goto(CHALLENGE.slug);
  await expect(challenge.heading).toHaveText(CHALLENGE.title);

  const matches = challenge.matches;
  await expect(matches.heading).toBeVisible();
  const best = matches.cards.first();
  await expect(best).toBeVisible();
  await expect(matches.score(best)).toHaveText(/^Match\s*\d{1,3}\s*out of 100$/);
  await expect(matches.reasons(best).first()).toHaveText(/\w+/);
  expect(await matches.reasons(best).count()).toBeLessThanOrEqual(3);

  // The score's parts, each a labelled bar of the points it adds.
  const breakdown = await matches.showBreakdown(best);
  await expect(breakdown.getByRole("meter", { name: "Areas" })).toHaveAttribute(
    "aria-valuetext",
    /^[\d.]+ of [\d.]+ points$/,
  );

  const link = matches.titleLink(best);
  const title = (await link.textContent())?.trim() ?? "";
  expect(title).not.toBe("");
  await link.click();

  await expect(page).toHaveURL(/\/solutions\/[a-z0-9-]+$/);
  const solution = new SolutionPage(page);
  await expect(solution.heading).toHaveText(title);
  // The same pair, seen from the solution: the challenge is among the ones it answers.
  await expect(solution.matches.cards.first()).toBeVisible();
  await solution.matches.showAll();
  await expect(
    solution.matches.cards.filter({ has: page.getByRole("link", { name: CHALLENGE.title }) }),
  ).toHaveCount(1);
});
