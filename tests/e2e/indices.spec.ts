import { readFile } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { SignInPage } from "./pages/auth-pages.ts";
import { IndexEditorPage, IndexPage, IndexUnitPage, ReviewPanel } from "./pages/index-pages.ts";

const SLUG = "smart-city-index-2026";
const INDEX = "Smart City Index 2026";
const ORGANIZER = "organizer@citymatch.example";
const PASSWORD = "citymatch-demo";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

test.describe.configure({ mode: "serial" });

test("a visitor reads the demo index: ranking, map, uncertainty, methodology, downloads and a city", async ({
  page,
}) => {
  const index = new IndexPage(page);
  await page.goto("/indices");
  await page.getByRole("link", { name: INDEX }).click();
  await expect(index.heading).toHaveText(INDEX);
  await expect(index.syntheticBanner).toContainText("Synthetic demo data — not real measurements");

  // The ranking: by rank first; by name after a click, and the other way after another.
  await expect(index.rankingRows).toHaveCount(121);
  await expect(index.rankingRows.first().getByTestId("ranking-rank")).toHaveText("1");
  const leader = (await index.firstUnit().textContent()) ?? "";
  await index.sortBy("Unit");
  const names = await page.getByTestId("ranking-unit").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await index.sortBy("Unit");
  const reversed = await page.getByTestId("ranking-unit").allTextContents();
  expect(reversed).toEqual([...names].reverse());

  await index.filter("Continent", "Europe");
  const europe = await index.rankingRows.count();
  expect(europe).toBeGreaterThan(0);
  expect(europe).toBeLessThan(121);
  await expect(index.rankingCount).toHaveText(`${europe} of 121 units`);

  await index.openTab("Map");
  await expect(index.syntheticBanner).toBeVisible();
  await expect(index.map).toHaveAttribute("data-rendered", "true");
  await expect(index.map).toHaveAttribute("data-points", "121");
  await expect(index.map.locator("canvas")).toHaveCount(1);

  await index.openTab("Uncertainty");
  await expect(index.uncertaintyChart.locator("canvas")).toHaveCount(1);
  await expect(index.uncertaintyChart).toHaveAttribute("data-units", "121");
  await expect(index.sensitivityTable.locator("tbody tr")).toHaveCount(4);

  await index.openTab("Methodology");
  await expect(index.syntheticBanner).toBeVisible();
  for (const step of [
    "Denomination",
    "Imputation",
    "Screening",
    "Outlier treatment",
    "Normalisation",
    "Weights",
    "Aggregation",
    "Ranking",
    "Uncertainty analysis",
  ])
    await expect(
      page.getByRole("heading", { name: new RegExp(`^\\d+\\. ${step}$`) }),
    ).toBeVisible();
  await expect(page.getByTestId("treatment-log")).toContainText("winsorised");

  await index.openTab("Downloads");
  const downloading = page.waitForEvent("download");
  await page.getByTestId("download-results.csv").click();
  const download = await downloading;
  const csv = await readFile((await download.path()) as string, "utf8");
  expect(csv.startsWith("uCode,uName")).toBe(true);
  expect(csv.split("\n")[0]).toContain("Rank");

  // The leader's page in the index: scores, its rank and the radar against its neighbours.
  await index.openTab("Ranking");
  await page.getByTestId("ranking-unit").filter({ hasText: leader }).first().click();
  const unit = new IndexUnitPage(page);
  await expect(unit.heading).toHaveText(leader);
  await expect(unit.syntheticBanner).toBeVisible();
  await expect(unit.rank).toContainText("1");
  await expect(unit.radar).toHaveAttribute("data-rendered", "true");
  await expect(unit.radar.locator("canvas")).toHaveCount(1);
  await expect(unit.indicators.locator("tbody tr")).toHaveCount(32);
});

test("the organizer reweights a dimension in the draft, builds, analyses and publishes it", async ({
  browser,
  page,
}) => {
  const visitor = new IndexPage(page);
  await visitor.goto(SLUG);
  const scoreBefore = await visitor.firstScore();
  const publishedAt = async () =>
    ((await (await page.request.get(`/api/v1/indices/${SLUG}`)).json()) as { publishedAt: string })
      .publishedAt;
  const publishedBefore = await publishedAt();

  const organizer = await signedInPage(browser, ORGANIZER);
  const editor = new IndexEditorPage(organizer);
  await editor.goto(SLUG);
  const weight = editor.cell("Weight", "TI");
  const next = (await weight.inputValue()) === "3" ? "2" : "3";
  await weight.fill(next);
  // Enough runs that the analysis lasts a few seconds and its progress can be watched.
  await editor.runs.fill("30000");
  await editor.save.click();

  await expect(organizer).toHaveURL(new RegExp(`/indices/${SLUG}\\?version=draft$`));
  const review = new ReviewPanel(organizer);
  await expect(review.status).toContainText("Not built yet");
  await review.build.click();
  await expect(review.status).toContainText("Built");
  await expect(organizer.getByTestId("ranking-table")).toBeVisible();

  await review.analyse.click();
  await expect(review.status).toContainText("uncertainty analysis running");
  await expect(review.progress).toBeVisible();
  await expect(review.status).toContainText("uncertainty analysis done", { timeout: 90_000 });
  await expect(review.progress).toBeHidden();

  await review.publish.click();
  await expect(organizer.getByText("The draft is now the published version.")).toBeVisible();
  await organizer.context().close();

  await visitor.goto(SLUG);
  await expect(visitor.syntheticBanner).toBeVisible();
  // Published again (a re-run on the same day shows the same date, so the time is checked).
  expect(await publishedAt()).not.toBe(publishedBefore);
  await expect(visitor.publishedDate).toBeVisible();
  expect(await visitor.firstScore()).not.toBe(scoreBefore);
  await visitor.openTab("Methodology");
  await expect(page.getByTestId("weights-table")).toContainText(
    `Transport & infrastructure${"Smart City Index"}${next}`,
  );
});
