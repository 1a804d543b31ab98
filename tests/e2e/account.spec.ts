import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.ts";
import { AccountPage, SignInPage, SignUpPage } from "./pages/auth-pages.ts";

test("a new user signs up, signs out, signs in again and sees the account page", async ({
  page,
}) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const account = {
    name: `Journey Tester ${stamp}`,
    email: `journey-${stamp}@example.org`,
    password: "a-long-enough-password",
  };
  const shell = new AppShell(page);
  const account_ = new AccountPage(page);

  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp(account);
  await expect(page).toHaveURL(/\/account$/);
  await expect(account_.heading).toBeVisible();
  await expect(account_.profileName).toHaveValue(account.name);
  await expect(shell.userMenu).toContainText(account.name);

  await shell.signOut();
  await expect(page).toHaveURL(/\/$/);
  await shell.expectSignedOut();

  // Signed out, the account page sends the visitor to sign in and back again.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  const signIn = new SignInPage(page);
  await signIn.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(account_.heading).toBeVisible();
  await expect(account_.profileName).toHaveValue(account.name);
  await expect(page.getByText(account.email)).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  // A fresh address each run: the server slows down repeated failures for one account.
  await signIn.signIn(`nobody-${Date.now()}@example.org`, "not-the-right-password");
  await expect(page.getByRole("alert")).toContainText("do not match");
  await expect(page).toHaveURL(/\/sign-in$/);
});
