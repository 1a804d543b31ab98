import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/use-format.ts";

/** Scores to one decimal, statistics to two, in the reader's digits. */
export function useScoreFormat() {
  const { locale } = useFormat();
  return useMemo(() => {
    const one = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const two = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const raw = new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 });
    return {
      score: (value: number | null | undefined) =>
        typeof value === "number" && Number.isFinite(value) ? one.format(value) : "–",
      stat: (value: number | null | undefined) =>
        typeof value === "number" && Number.isFinite(value) ? two.format(value) : "–",
      raw: (value: number | null | undefined) =>
        typeof value === "number" && Number.isFinite(value) ? raw.format(value) : "–",
    };
  }, [locale]);
}

/** A group value as readers know it: continents by name, other labels as the data gives them. */
export function useGroupLabel() {
  const { t, i18n } = useTranslation();
  return (group: string, value: string) =>
    group === "Continent" && i18n.exists(`continents.${value}`)
      ? t(`continents.${value}` as "continents.EU")
      : value;
}
