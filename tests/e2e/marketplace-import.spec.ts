import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/auth-pages.ts";
import { ImportPage } from "./pages/import-page.ts";
import { HeaderSearch, SearchPage } from "./pages/search-pages.ts";

const ORGANIZER = { email: "organizer@citymatch.example", password: "citymatch-demo" };

function csv(rows: string[][]): string {
  return `${rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\r\n")}\r\n`;
}

test("an organizer imports challenges: the dry run names the bad cell, nothing lands until the file is fixed", async ({
  page,
}) => {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const word = `tidemarrow${stamp}`;
  const titles = [`Flood sensors for riverside schools ${stamp}`, `Cooler bus stops ${stamp}`];
  const header = ["title", "summary", "description", "domains", "sdgs", "stage", "visibility"];
  const row = (title: string, sdgs: string) => [
    title,
    "Imported in an end-to-end journey.",
    `A ${word} pilot for the city.`,
    "safety-resilience;infrastructure-building",
    sdgs,
    "scoping",
    "public",
  ];

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(ORGANIZER.email, ORGANIZER.password);
  await expect(page).toHaveURL(/\/account$/);

  const importPage = new ImportPage(page);
  await importPage.goto();
  await importPage.chooseKind("Challenges");
  await expect(importPage.check).toBeDisabled();

  // Row 2 names goal 42: there are 17.
  await importPage.chooseCsv(
    "challenges.csv",
    csv([header, row(titles[0] ?? "", "11;13"), row(titles[1] ?? "", "11;42")]),
  );
  await expect(importPage.import).toBeDisabled();
  await importPage.check.click();
  await expect(importPage.report).toContainText("1 problem — nothing was imported");
  await expect(importPage.errorRows()).toHaveCount(1);
  const problem = importPage.errorRows().first().locator("td");
  await expect(problem.nth(0)).toHaveText("2");
  await expect(problem.nth(1)).toHaveText("sdgs");
  await expect(importPage.import).toBeDisabled();

  // Nothing landed.
  await new HeaderSearch(page).search(word);
  const search = new SearchPage(page);
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(search.empty).toBeVisible();
  await expect(search.hits).toHaveCount(0);

  // Fix the file and import.
  await importPage.goto();
  await importPage.chooseCsv(
    "challenges-fixed.csv",
    csv([header, row(titles[0] ?? "", "11;13"), row(titles[1] ?? "", "11;3")]),
  );
  await importPage.check.click();
  await expect(importPage.report).toContainText("All 2 rows will be imported.");
  await expect(importPage.import).toBeEnabled();
  await importPage.import.click();
  await expect(importPage.success).toContainText("2 challenges were imported.");
  await expect(importPage.import).toBeDisabled();

  await new HeaderSearch(page).search(word);
  await expect(search.total).toHaveText("2 results");
  for (const title of titles) await expect(search.hit(title)).toHaveCount(1);
  await search
    .hit(titles[1] ?? "")
    .getByRole("link", { name: titles[1] })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[1] ?? "");
});
