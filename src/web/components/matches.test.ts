import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { MatchReason, MatchScorePart } from "../app/api-types.ts";
import en from "../locales/en.json" with { type: "json" };
import es from "../locales/es.json" with { type: "json" };
import zhCN from "../locales/zh-CN.json" with { type: "json" };
import { maxPoints, partsByWeight, type ReasonLabels, reasonSentence } from "./matches.ts";

const AREAS: Record<string, Record<string, string>> = {
  en: { mobility: "Mobility", "living-inclusion": "Living & inclusion" },
  "zh-CN": { mobility: "交通出行", "living-inclusion": "宜居与包容" },
  es: { mobility: "Movilidad", "living-inclusion": "Habitabilidad e inclusión" },
};
const ENGLISH_AREA_CODES: Record<string, string> = {
  Mobility: "mobility",
  "Living & inclusion": "living-inclusion",
};

function labelsFor(locale: string): ReasonLabels {
  const area = (code: string) => AREAS[locale]?.[code] ?? code;
  return {
    area,
    areaByName: (name) => {
      const code = ENGLISH_AREA_CODES[name];
      return code ? area(code) : null;
    },
    country: (code) => new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code,
    language: (code) => new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code,
    usd: (amount) =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "USD",
        notation: "compact",
        maximumFractionDigits: 1,
      }).format(amount),
    list: (items) => items.join(locale === "zh-CN" ? "、" : ", "),
  };
}

const reason = (code: string, params: MatchReason["params"], text = "server text") => ({
  code,
  params,
  text,
});

let translators: Record<string, TFunction>;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({
    resources: {
      en: { translation: en },
      "zh-CN": { translation: zhCN },
      es: { translation: es },
    },
    lng: "en",
    fallbackLng: "en",
    interpolation: { escapeValue: false },
  });
  translators = {
    en: i18n.getFixedT("en"),
    "zh-CN": i18n.getFixedT("zh-CN"),
    es: i18n.getFixedT("es"),
  };
});

const say = (locale: string, value: MatchReason) =>
  reasonSentence(translators[locale] as TFunction, value, labelsFor(locale));

describe("match reasons", () => {
  it("renders every reason code the server sends in English", () => {
    expect(say("en", reason("text", { words: "disability, barriers" }))).toBe(
      "Both speak of disability, barriers",
    );
    expect(say("zh-CN", reason("text", { words: "bridges, flyovers, flyovers" }))).toBe(
      "双方都提到：bridges、flyovers",
    );
    expect(
      say("en", reason("domains", { matched: 2, of: 2, areas: "living-inclusion,mobility" })),
    ).toBe("Matches 2 of 2 areas (Living & inclusion, Mobility)");
    expect(say("en", reason("domains", { matched: 1, of: 1, areas: "mobility" }))).toBe(
      "Matches 1 of 1 area (Mobility)",
    );
    expect(say("en", reason("sdgs", { goals: "10,11" }))).toBe("Works towards SDGs 10, 11");
    expect(say("en", reason("sdgs", { goals: "11" }))).toBe("Works towards SDG 11");
    expect(say("en", reason("region.local", { country: "CA" }))).toBe(
      "Provider based in the same country (Canada)",
    );
    expect(say("en", reason("region.served", { continent: "OC" }))).toBe("Serves Oceania");
    expect(say("en", reason("language", { language: "es" }))).toBe("Works in Spanish");
    expect(say("en", reason("budget", { priceModel: "project", budgetUsd: 1_500_000 }))).toBe(
      "Price model (Per project) fits a budget of $1.5M",
    );
    expect(say("en", reason("readiness", { trl: 9, wanted: 7, stage: "tender-open" }))).toBe(
      "TRL 9: ready for a challenge at the “Tender open” stage (wants 7+)",
    );
    expect(say("en", reason("readiness.low", { trl: 4, wanted: 5, stage: "scoping" }))).toBe(
      "TRL 4 is below the 5 a challenge at the “Scoping” stage wants",
    );
    expect(
      say("en", reason("evidence.deployments", { count: 3, nearby: 0, area: "Mobility" })),
    ).toBe("Deployed in 3 cities for mobility");
    expect(
      say("en", reason("evidence.deployments", { count: 1, nearby: 1, area: "Mobility" })),
    ).toBe("Deployed in 1 city on the same continent, for mobility");
    expect(
      say("en", reason("evidence.deployments", { count: 4, nearby: 2, area: "Mobility" })),
    ).toBe("Deployed in 4 cities for mobility, 2 of them on the same continent");
    expect(say("en", reason("evidence.cases", { count: 2 }))).toBe(
      "2 delivered cases in the same area",
    );
    expect(say("en", reason("evidence.similar", { count: 2, example: "Rome" }))).toBe(
      "Proven in 2 cities of similar size, such as Rome",
    );
    expect(say("en", reason("evidence.similar", { count: 1, example: "Oslo" }))).toBe(
      "Proven in a city of similar size: Oslo",
    );
  });

  it("speaks Chinese and Spanish from the same code and parameters", () => {
    const domains = reason("domains", { matched: 1, of: 2, areas: "mobility" });
    expect(say("zh-CN", domains)).toBe("覆盖 2 个领域中的 1 个（交通出行）");
    expect(say("es", domains)).toBe("Coincide en 1 de 2 áreas (Movilidad)");
    const deployments = reason("evidence.deployments", {
      count: 3,
      nearby: 0,
      area: "Living & inclusion",
    });
    expect(say("zh-CN", deployments)).toBe("已在 3 个城市落地，用于宜居与包容");
    expect(say("es", deployments)).toBe(
      "Implantada en 3 ciudades en el área de habitabilidad e inclusión",
    );
    const served = reason("region.served", { continent: "EU" });
    expect(say("zh-CN", served)).toBe("服务范围覆盖欧洲");
    expect(say("es", served)).toBe("Da servicio en Europa");
    const readiness = reason("readiness", { trl: 8, wanted: 7, stage: "tender-open" });
    expect(say("zh-CN", readiness)).toBe(
      "技术成熟度 TRL 8：满足“招标中”阶段挑战的要求（需 7 级及以上）",
    );
    expect(say("zh-CN", reason("sdgs", { goals: "10,11" }))).toBe("共同助力可持续发展目标 10、11");
  });

  it("falls back to the server's sentence for an unknown code or missing parameters", () => {
    expect(say("zh-CN", reason("weather", { sun: 1 }, "Sunny in both cities"))).toBe(
      "Sunny in both cities",
    );
    expect(say("es", reason("domains", { matched: 1 }, "Matches 1 area"))).toBe("Matches 1 area");
    expect(say("en", reason("evidence.similar", { count: 2 }, "Proven elsewhere"))).toBe(
      "Proven elsewhere",
    );
  });

  it("keeps an area name the app does not know as the server wrote it", () => {
    expect(
      say("en", reason("evidence.deployments", { count: 2, nearby: 0, area: "Ocean & ports" })),
    ).toBe("Deployed in 2 cities for Ocean & ports");
  });
});

describe("score parts", () => {
  const parts: MatchScorePart[] = [
    { part: "text", value: 0.3, weight: 0.3, points: 9 },
    { part: "domains", value: 1, weight: 0.14, points: 14 },
    { part: "sdgs", value: 1, weight: 0.05, points: 5 },
    { part: "evidence", value: 0.5, weight: 0.15, points: 7.5 },
    { part: "freshness", value: 1, weight: 0.05, points: 5 },
  ];

  it("caps each part at its share of the weights", () => {
    expect(maxPoints(parts[0] as MatchScorePart, parts)).toBeCloseTo((100 * 0.3) / 0.69);
    expect(maxPoints({ ...(parts[0] as MatchScorePart), weight: 0 }, parts)).toBe(0);
  });

  it("orders the heaviest parts first, ties in the server's order", () => {
    expect(partsByWeight(parts).map((part) => part.part)).toEqual([
      "text",
      "evidence",
      "domains",
      "sdgs",
      "freshness",
    ]);
  });
});
