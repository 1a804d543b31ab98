import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/auth-pages.ts";
import { ConnectDialog } from "./pages/connection-pages.ts";
import { EventPage } from "./pages/event-pages.ts";

const PASSWORD = "citymatch-demo";
const PROVIDER = "provider@citymatch.example"; // Caldafield Health Tech
const EDITION = { slug: "shanghai-2026", name: "Shanghai Smart City Exchange 2026" };

test("a provider opens an edition and sees the people worth meeting there, and why", async ({
  page,
}) => {
  // Anonymous visitors get no suggestions: they depend on the reader's organization.
  const edition = new EventPage(page);
  await edition.goto(EDITION.slug);
  await expect(edition.heading).toHaveText(EDITION.name);
  await expect(page.getByRole("heading", { name: "Participants" })).toBeVisible();
  await expect(edition.peopleToMeet).toHaveCount(0);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(PROVIDER, PASSWORD);
  await expect(page.getByTestId("user-menu")).toBeVisible();

  await edition.goto(EDITION.slug);
  await expect(edition.peopleToMeet).toContainText("Caldafield Health Tech");
  const best = edition.suggestions.first();
  await expect(best).toBeVisible();
  await expect(edition.people(best).first()).toHaveText(
    /^.+ · (Delegate|Exhibitor|Speaker|Visitor|Media|Jury|Organizer)$/,
  );
  await expect(edition.organization(best)).toHaveText(/\w+/);
  await expect(best.getByTestId("match-score")).toHaveText(/^Match\s*\d{1,3}\s*out of 100$/);
  await expect(best.getByRole("link", { name: /^Challenge: / })).toBeVisible();
  await expect(best.getByRole("link", { name: /^Solution: / })).toBeVisible();
  await expect(edition.reason(best)).toHaveText(/\w+/);

  // Connecting from a suggestion asks that organization, about the pair, at this edition.
  const organization = (await edition.organization(best).textContent())?.trim() ?? "";
  await best.getByRole("button", { name: `Connect with ${organization}` }).click();
  const connect = new ConnectDialog(page);
  await expect(connect.dialog).toHaveAccessibleName(`Connect with ${organization}`);
  await expect(connect.edition).toHaveValue(new RegExp(`^${EDITION.name}`));
  await connect.dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(connect.dialog).toBeHidden();
});
