import { expect, test } from "@playwright/test";
import { CitiesPage, CityPage } from "./pages/cities-pages.ts";

test("browse the city directory, filter by continent and open a city", async ({ page }) => {
  const cities = new CitiesPage(page);
  await cities.goto();

  // The map is drawn on a canvas, with a point for each matching city.
  await expect(cities.map.locator("canvas")).toBeVisible();
  const allPoints = await cities.mapPointCount();
  expect(allPoints).toBeGreaterThan(0);
  await expect(cities.rows.first()).toBeVisible();

  await cities.filterByContinent("Europe");
  await expect(page).toHaveURL(/continent=EU/);
  await expect(cities.continentCells().first()).toHaveText("Europe");
  await expect(cities.continentCells().filter({ hasNotText: "Europe" })).toHaveCount(0);
  await expect.poll(() => cities.mapPointCount()).toBeLessThan(allPoints);
  expect(await cities.mapPointCount()).toBeGreaterThan(0);
  await expect(cities.map.locator("canvas")).toBeVisible();

  const link = cities.cityLink(0);
  const name = (await link.textContent())?.trim() ?? "";
  expect(name).not.toBe("");
  await link.click();

  await expect(page).toHaveURL(/\/cities\/[a-z0-9-]+$/);
  const city = new CityPage(page);
  await expect(city.heading).toHaveText(name);
  await expect(city.atAGlance).toBeVisible();
  await expect(page.getByText("Europe").first()).toBeVisible();
  await expect(city.locatorMap.locator("canvas")).toBeVisible();
});
