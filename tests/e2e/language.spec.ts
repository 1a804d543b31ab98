import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.ts";

test("switch the interface to Chinese and back to English", async ({ page }) => {
  const shell = new AppShell(page);
  await page.goto("/");
  await expect(shell.navLink("Cities")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await shell.chooseLanguage("简体中文");
  await expect(shell.navLink("城市")).toBeVisible();
  await expect(shell.navLink("机构")).toBeVisible();
  await expect(shell.navLink("活动")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  // The choice survives a reload.
  await page.reload();
  await expect(shell.navLink("城市")).toBeVisible();

  await shell.chooseLanguage("English");
  await expect(shell.navLink("Cities")).toBeVisible();
  await expect(shell.navLink("Organizations")).toBeVisible();
  await expect(shell.navLink("Events")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
