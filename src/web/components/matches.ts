import type { TFunction } from "i18next";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import {
  AREA_CODES,
  type AreaCode,
  CONTINENTS,
  type Continent,
  MATCH_PARTS,
  type MatchReason,
  type MatchScorePart,
  PRICE_MODELS,
  type PriceModel,
} from "../app/api-types.ts";
import { languageName } from "./countries.ts";
import { isStage } from "./item-badges.tsx";
import { useAreaName, useTaxonomy } from "./taxonomy.ts";
import { useFormat } from "./use-format.ts";

/** How many recommendations a detail page asks for. */
export const MATCHES_LIMIT = 10;
/** The most recommendations the API gives in one answer. */
export const MATCHES_MAX = 50;

/** The names a reason's parameters stand for, in the reader's language. */
export interface ReasonLabels {
  /** A congress area by code (`mobility`). */
  area(code: string): string;
  /**
   * A congress area by the server's English display name (`Living & inclusion`), as it
   * stands in `evidence.deployments`; null when the name is not a known area.
   */
  areaByName(name: string): string | null;
  country(code: string): string;
  language(code: string): string;
  /** An amount in US dollars, compact (`$1.5M`). */
  usd(amount: number): string;
  /** Items of an enumeration in the language's own way ("a, b" or "a、b"). */
  list(items: string[]): string;
}

type Params = MatchReason["params"];

function stringParam(params: Params, name: string): string | null {
  const value = params[name];
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function numberParam(params: Params, name: string): number | null {
  const value = params[name];
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  return null;
}

/** A comma-joined parameter (`living-inclusion,mobility`, `10,11`, `a, b`) as its items. */
function listParam(params: Params, name: string): string[] {
  return (stringParam(params, name) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

function isContinent(code: string): code is Continent {
  return (CONTINENTS as readonly string[]).includes(code);
}

function isPriceModel(code: string): code is PriceModel {
  return (PRICE_MODELS as readonly string[]).includes(code);
}

function isAreaCode(code: string): code is AreaCode {
  return (AREA_CODES as readonly string[]).includes(code);
}

/** The sentence of a reason code in `t`'s language, or null when a parameter is missing. */
function localizedReason(t: TFunction, reason: MatchReason, labels: ReasonLabels): string | null {
  const { params } = reason;
  switch (reason.code) {
    case "text": {
      // The English and the Spanish stem of one word read as that word: say it once.
      const words = [...new Set(listParam(params, "words"))];
      return words.length > 0 ? t("matches.reasons.text", { words: labels.list(words) }) : null;
    }
    case "domains": {
      const matched = numberParam(params, "matched");
      const of = numberParam(params, "of");
      const areas = listParam(params, "areas");
      if (matched === null || of === null || areas.length === 0) return null;
      return t("matches.reasons.domains", {
        count: of,
        matched,
        areas: labels.list(areas.map((code) => labels.area(code))),
      });
    }
    case "sdgs": {
      const goals = listParam(params, "goals");
      if (goals.length === 0) return null;
      return t("matches.reasons.sdgs", { count: goals.length, goals: labels.list(goals) });
    }
    case "region.local": {
      const country = stringParam(params, "country");
      return country
        ? t("matches.reasons.regionLocal", { country: labels.country(country) })
        : null;
    }
    case "region.served": {
      const continent = stringParam(params, "continent");
      if (!continent) return null;
      return t("matches.reasons.regionServed", {
        continent: isContinent(continent) ? t(`continents.${continent}`) : continent,
      });
    }
    case "language": {
      const language = stringParam(params, "language");
      return language
        ? t("matches.reasons.language", { language: labels.language(language) })
        : null;
    }
    case "budget": {
      const priceModel = stringParam(params, "priceModel");
      const budgetUsd = numberParam(params, "budgetUsd");
      if (!priceModel || budgetUsd === null) return null;
      return t("matches.reasons.budget", {
        priceModel: isPriceModel(priceModel) ? t(`priceModels.${priceModel}`) : priceModel,
        budget: labels.usd(budgetUsd),
      });
    }
    case "readiness":
    case "readiness.low": {
      const trl = numberParam(params, "trl");
      const wanted = numberParam(params, "wanted");
      const stage = stringParam(params, "stage");
      if (trl === null || wanted === null || !stage) return null;
      const values = { trl, wanted, stage: isStage(stage) ? t(`stages.${stage}`) : stage };
      return reason.code === "readiness"
        ? t("matches.reasons.readiness", values)
        : t("matches.reasons.readinessLow", values);
    }
    case "evidence.deployments": {
      const count = numberParam(params, "count");
      const nearby = numberParam(params, "nearby") ?? 0;
      const name = stringParam(params, "area");
      if (count === null || !name) return null;
      // Our own area names are common nouns: lower-case inside a sentence, as the server does.
      const known = labels.areaByName(name);
      const area = known ? known.toLocaleLowerCase() : name;
      if (nearby <= 0) return t("matches.reasons.deployments", { count, area });
      if (nearby >= count) return t("matches.reasons.deploymentsAllNearby", { count, area });
      return t("matches.reasons.deploymentsSomeNearby", { count, nearby, area });
    }
    case "evidence.cases": {
      const count = numberParam(params, "count");
      return count === null ? null : t("matches.reasons.cases", { count });
    }
    case "evidence.similar": {
      const count = numberParam(params, "count");
      const example = stringParam(params, "example");
      if (count === null || !example) return null;
      return t("matches.reasons.similar", { count, example });
    }
    default:
      return null;
  }
}

/**
 * A reason as a sentence in the reader's language, built from its code and parameters;
 * the server's English sentence for a code this app does not know (yet).
 */
export function reasonSentence(t: TFunction, reason: MatchReason, labels: ReasonLabels): string {
  return localizedReason(t, reason, labels) ?? reason.text;
}

/** Reasons that speak against a match ("TRL below what the stage wants"). */
export function isCaveat(reason: MatchReason): boolean {
  return reason.code.endsWith(".low");
}

/** `reasonSentence` with the labels of the current language. */
export function useReasonSentence() {
  const { t } = useTranslation();
  const format = useFormat();
  const areaName = useAreaName();
  const taxonomy = useTaxonomy();
  const { locale } = format;
  return useCallback(
    (reason: MatchReason) =>
      reasonSentence(t, reason, {
        area: areaName,
        areaByName: (name) => {
          const code = taxonomy.data?.areas.find((area) => area.name === name)?.code;
          return code && isAreaCode(code) ? areaName(code) : null;
        },
        country: format.country,
        language: (code) => languageName(code, locale),
        usd: (amount) => format.money(amount, "USD", true),
        list: format.list,
      }),
    [t, format, areaName, taxonomy.data, locale],
  );
}

/** The most points a part can add: its share of all the weights. */
export function maxPoints(part: MatchScorePart, parts: readonly MatchScorePart[]): number {
  const total = parts.reduce((sum, entry) => sum + Math.max(0, entry.weight), 0);
  return total > 0 ? (100 * Math.max(0, part.weight)) / total : 0;
}

/** Heaviest parts first (the same order on every card), then the server's order. */
export function partsByWeight(parts: readonly MatchScorePart[]): MatchScorePart[] {
  const position = (part: MatchScorePart) => MATCH_PARTS.indexOf(part.part);
  return [...parts].sort((a, b) => b.weight - a.weight || position(a) - position(b));
}
