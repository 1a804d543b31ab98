import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slugify.ts";

describe("slugify", () => {
  it("folds accents and punctuation into hyphens", () => {
    expect(slugify("São Paulo")).toBe("sao-paulo");
    expect(slugify("  Energy & Environment!! ")).toBe("energy-and-environment");
    expect(slugify("Zürich—Oerlikon 2026")).toBe("zurich-oerlikon-2026");
  });

  it("returns an empty slug for text without Latin letters or digits", () => {
    expect(slugify("上海")).toBe("");
  });

  it("cuts long text without leaving a trailing hyphen", () => {
    expect(slugify(`${"a".repeat(10)} b`, 11)).toBe("aaaaaaaaaa");
  });
});

describe("firstFreeSlug", () => {
  it("appends the first free counter", async () => {
    const taken = new Set(["lisbon", "lisbon-2"]);
    expect(await firstFreeSlug("lisbon", async (slug) => taken.has(slug))).toBe("lisbon-3");
    expect(await firstFreeSlug("porto", async (slug) => taken.has(slug))).toBe("porto");
    expect(await firstFreeSlug("", async () => false)).toBe("item");
  });
});
