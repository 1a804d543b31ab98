import { type APIRequestContext, expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.ts";
import { SignInPage } from "./pages/auth-pages.ts";
import { MatchWeightsPage } from "./pages/match-weights-page.ts";

const PASSWORD = "citymatch-demo";
const ORGANIZER = "organizer@citymatch.example";

/** Puts the default weights back, so the platform is left as found even after a failed run. */
async function restoreDefaults(api: APIRequestContext): Promise<void> {
  const csrf = async () =>
    ((await (await api.get("/api/v1/auth/csrf")).json()) as { token: string }).token;
  const signIn = await api.post("/api/v1/auth/sign-in", {
    data: { email: ORGANIZER, password: PASSWORD },
    headers: { "x-csrf-token": await csrf() },
  });
  expect(signIn.ok()).toBe(true);
  const current = (await (await api.get("/api/v1/match-weights")).json()) as {
    defaults: Record<string, number>;
    tuned: boolean;
  };
  if (!current.tuned) return;
  const put = await api.put("/api/v1/match-weights", {
    data: { weights: current.defaults },
    headers: { "x-csrf-token": await csrf() },
  });
  expect(put.ok()).toBe(true);
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  await restoreDefaults(api);
  await api.dispose();
});

test.afterAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  await restoreDefaults(api);
  await api.dispose();
});

test("an organizer tunes a match weight, sees its share change, then restores the defaults", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(ORGANIZER, PASSWORD);
  const shell = new AppShell(page);
  await shell.userMenu.click();
  await page.getByRole("menuitem", { name: "Match weights" }).click();

  const weights = new MatchWeightsPage(page);
  await expect(weights.heading).toHaveText("Match weights");
  await expect(page.getByRole("main")).toContainText("apply to every recommendation");
  // The demo's defaults add up to 1: shared topic is 0.3 of it.
  await expect(weights.weight("Shared topic")).toHaveValue("0.3");
  await expect(weights.share("text")).toHaveText("30%");
  await expect(weights.save).toBeDisabled();

  await weights.weight("Shared topic").fill("0.5");
  // 0.5 of 1.2 in all.
  await expect(weights.share("text")).toHaveText("41.7%");
  await weights.save.click();
  await expect(weights.tuned).toContainText("Last tuned");
  await expect(weights.save).toBeDisabled();

  await page.reload();
  await expect(weights.weight("Shared topic")).toHaveValue("0.5");
  await expect(weights.share("text")).toHaveText("41.7%");
  await expect(weights.tuned).toContainText("Last tuned");

  await weights.reset.click();
  await expect(weights.weight("Shared topic")).toHaveValue("0.3");
  await expect(weights.share("text")).toHaveText("30%");
  await weights.save.click();
  await expect(weights.reset).toBeDisabled();
  await expect(weights.save).toBeDisabled();
});
