import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/auth-pages.ts";
import { ChallengeFormPage, ChallengePage } from "./pages/item-pages.ts";
import { HeaderSearch, SearchPage } from "./pages/search-pages.ts";

// Demo account; never try a wrong password on it (failed sign-ins lock the e-mail).
const CITY = { email: "city@citymatch.example", password: "citymatch-demo" };

test("a city official publishes a public challenge and finds it by a word of its description", async ({
  page,
}) => {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  // A made-up word no other item contains, so the search can only find this challenge.
  const word = `quayglimmer${stamp}`;
  const title = `Quieter night deliveries in the old port ${stamp}`;

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(CITY.email, CITY.password);
  await expect(page).toHaveURL(/\/account$/);

  const form = new ChallengeFormPage(page);
  await form.gotoNew();
  await expect(form.form.getByRole("textbox", { name: "Published by" })).toHaveValue(
    "Barcelona City Council",
  );
  await form.publish({
    title,
    summary: "Night deliveries wake residents; the city wants quieter logistics.",
    description: `## Context\n\nVans unloading at night near the port use loud ramps. We look for ${word} ideas: silent carts, curb booking and night routes.`,
    visibility: "Public",
  });

  const challenge = new ChallengePage(page);
  await expect(page).toHaveURL(
    /\/challenges\/quieter-night-deliveries-in-the-old-port-[a-z0-9-]+$/,
  );
  await expect(challenge.heading).toHaveText(title);
  await expect(challenge.description).toContainText(word);
  await expect(challenge.description.getByRole("heading", { name: "Context" })).toBeVisible();

  await new HeaderSearch(page).search(word);
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  const search = new SearchPage(page);
  await expect(search.total).toHaveText("1 result");
  const hit = search.hit(title);
  await expect(hit).toHaveCount(1);
  await expect(hit.locator("mark")).toHaveText(word);
  await expect(hit).toContainText("Barcelona City Council");
  await expect(hit).toContainText("Challenge");

  await hit.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/challenges\/quieter-night-deliveries/);
  await expect(challenge.heading).toHaveText(title);

  // The browser's Back button returns to the same search.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(search.hit(title)).toHaveCount(1);
});
