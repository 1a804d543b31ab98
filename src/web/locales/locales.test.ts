import { describe, expect, it } from "vitest";
import en from "./en.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import zhCN from "./zh-CN.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (strings: Map<string, string>) =>
  new Set([...strings.keys()].map((key) => key.replace(PLURAL, "")));
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// The plural categories i18next asks for, from the language's own CLDR rules.
const pluralForms = (locale: string) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

const english = flatten(en as Tree);
const translations = { "zh-CN": flatten(zhCN as Tree), es: flatten(es as Tree) };

describe("web translations", () => {
  for (const [locale, strings] of Object.entries(translations)) {
    it(`${locale} has every key English has, and no others`, () => {
      expect([...baseKeys(strings)].sort()).toEqual([...baseKeys(english)].sort());
    });

    it(`${locale} uses the same {{variables}} as English`, () => {
      for (const [key, text] of strings) {
        const source = english.get(key) ?? english.get(key.replace(PLURAL, "_other"));
        expect(source, key).toBeDefined();
        const expected = variables(source ?? "");
        // A language may leave out {{count}} where its grammar needs no number.
        expect(
          variables(text).filter((v) => v !== "count"),
          key,
        ).toEqual(expected.filter((v) => v !== "count"));
      }
    });

    it(`${locale} has every plural form the language needs`, () => {
      const pluralBases = new Set(
        [...english.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, "")),
      );
      for (const base of pluralBases) {
        for (const form of pluralForms(locale)) {
          if (form === "zero" || form === "two" || form === "few") continue;
          expect(strings.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
        }
      }
    });

    it(`${locale} is translated, not copied from English`, () => {
      const copied = [...strings].filter(
        ([key, text]) => english.get(key) === text && /[a-z]{4}/i.test(text),
      );
      // Proper names and loanwords (Startup, Asia, API…) may read the same.
      expect(copied.length, copied.map(([key]) => key).join(", ")).toBeLessThan(
        strings.size * 0.05,
      );
    });
  }
});
