import { type APIRequestContext, expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.ts";
import { SignInPage } from "./pages/auth-pages.ts";
import { ExchangeRatesPage } from "./pages/money-pages.ts";

const PASSWORD = "citymatch-demo";
const ORGANIZER = "organizer@citymatch.example";
const PROVIDER = "provider@citymatch.example";
/** A currency the demo data has no rate for, on a day of its own. */
const RATE = { currency: "CHF", validFrom: "2026-03-01", day: "Mar 1, 2026", usdPerUnit: "1.1342" };

async function removeRate(api: APIRequestContext): Promise<void> {
  const csrf = async () =>
    ((await (await api.get("/api/v1/auth/csrf")).json()) as { token: string }).token;
  const signIn = await api.post("/api/v1/auth/sign-in", {
    data: { email: ORGANIZER, password: PASSWORD },
    headers: { "x-csrf-token": await csrf() },
  });
  expect(signIn.ok()).toBe(true);
  // An earlier run stopped half-way may have left the rate behind.
  await api.delete(`/api/v1/exchange-rates/${RATE.currency}/${RATE.validFrom}`, {
    headers: { "x-csrf-token": await csrf() },
  });
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  await removeRate(api);
  await api.dispose();
});

test("an organizer adds an exchange rate, sees it listed, and a bad value is refused inline", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(ORGANIZER, PASSWORD);
  const shell = new AppShell(page);
  await shell.userMenu.click();
  await page.getByRole("menuitem", { name: "Exchange rates" }).click();

  const rates = new ExchangeRatesPage(page);
  await expect(rates.heading).toHaveText("Exchange rates");
  await expect(rates.rows.first()).toBeVisible();
  await expect(rates.row(RATE.currency, RATE.day)).toHaveCount(0);

  // A value that is no decimal is refused before it is sent…
  await rates.fill({ ...RATE, usdPerUnit: "about 1.13" });
  await rates.save.click();
  await expect(rates.usdPerUnit).toHaveAttribute("aria-invalid", "true");
  await expect(rates.form).toContainText("Enter a decimal number such as 1.0825");

  // …and one the API refuses stays in the form, with the API's reason under the field.
  await rates.usdPerUnit.fill("0");
  await rates.save.click();
  await expect(rates.form).toContainText("must be more than zero");
  await expect(rates.usdPerUnit).toHaveAttribute("aria-invalid", "true");
  await expect(rates.row(RATE.currency, RATE.day)).toHaveCount(0);

  await rates.usdPerUnit.fill(RATE.usdPerUnit);
  await rates.save.click();
  const row = rates.row(RATE.currency, RATE.day);
  await expect(row).toBeVisible();
  await expect(row.getByTestId("exchange-rate-value")).toHaveText(RATE.usdPerUnit);
  await expect(rates.usdPerUnit).not.toHaveAttribute("aria-invalid", "true");

  // And it can go again.
  await row.getByRole("button", { name: `Delete ${RATE.currency} ${RATE.day}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(rates.row(RATE.currency, RATE.day)).toHaveCount(0);
});

test("people who keep no rates see no link, and the page says it is not for them", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(PROVIDER, PASSWORD);
  const shell = new AppShell(page);
  await shell.userMenu.click();
  await expect(page.getByRole("menuitem", { name: "Account" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Exchange rates" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await page.goto("/exchange-rates");
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(
    "Exchange rates are kept by the organizers of an edition and platform administrators.",
  );
});
