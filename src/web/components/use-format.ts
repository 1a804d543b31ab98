import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countryName } from "./countries.ts";

/** Locale-aware formatters for the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? "en";
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(locale, {
      notation: "compact",
      maximumFractionDigits: 1,
    });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    // Event dates are calendar days in the event's own time zone: format them at UTC
    // midnight with timeZone UTC, so no reader's offset can move them to another day.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    const dayLong = new Intl.DateTimeFormat(locale, {
      weekday: "short",
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    });
    const parseDay = (value: string) => {
      const [y, m, d] = value.split("-").map(Number);
      return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
    };
    const money = (amount: string | number, currency: string, compactForm = false) => {
      const value = typeof amount === "number" ? amount : Number(amount);
      try {
        return new Intl.NumberFormat(locale, {
          style: "currency",
          currency,
          notation: compactForm ? "compact" : "standard",
          maximumFractionDigits: compactForm ? 1 : value % 1 === 0 ? 0 : 2,
        }).format(value);
      } catch {
        // An unknown currency code: the number and the code as given.
        return `${integer.format(value)} ${currency}`;
      }
    };
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
    return {
      locale,
      /** An amount (an exact decimal string from the API) in its currency. */
      money,
      /** "€1.2M – €2.6M", "up to €500,000", "from €2M", or "" without amounts. */
      moneyRange: (
        budget: { min: string | null; max: string | null; currency: string } | null,
        compactForm = false,
      ) => {
        if (!budget || (!budget.min && !budget.max)) return "";
        const { min, max, currency } = budget;
        if (min && max) {
          return min === max
            ? money(min, currency, compactForm)
            : `${money(min, currency, compactForm)} – ${money(max, currency, compactForm)}`;
        }
        return min
          ? `≥ ${money(min, currency, compactForm)}`
          : `≤ ${money(max ?? "0", currency, compactForm)}`;
      },
      decimal: (value: number) => number.format(value),
      /** A share (0.358) as a percentage in the reader's way: "35.8%", "35,8 %". */
      percent: (share: number) => percent.format(share),
      /** Items of an enumeration: "A, B, C", in Chinese "A、B、C". */
      list: (items: string[]) => items.join(locale.startsWith("zh") ? "、" : ", "),
      integer: (value: number) => integer.format(value),
      compact: (value: number) => compact.format(value),
      dateTime: (value: string | null) => (value ? dateTime.format(new Date(value)) : ""),
      date: (value: string | null) => (value ? date.format(new Date(value)) : ""),
      day: (value: string) => day.format(parseDay(value)),
      dayRange: (start: string, end: string, long = false) => {
        const format = long ? dayLong : day;
        return start === end
          ? format.format(parseDay(start))
          : format.formatRange(parseDay(start), parseDay(end));
      },
      country: (code: string) => countryName(code, locale),
      timeIn: (timeZone: string, at: Date) => {
        try {
          return new Intl.DateTimeFormat(locale, {
            hour: "2-digit",
            minute: "2-digit",
            weekday: "short",
            timeZone,
            timeZoneName: "short",
          }).format(at);
        } catch {
          return "";
        }
      },
    };
  }, [locale]);
}

export type Formatters = ReturnType<typeof useFormat>;
