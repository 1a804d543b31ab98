import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ExchangeRate, Me } from "../../app/api-types.ts";
import { OUTCOMES_KEY } from "../../components/connections.ts";

export const EXCHANGE_RATES_KEY = ["exchange-rates"] as const;

/** Who may change rates: organizers of any edition and platform admins (the API's rule). */
export function managesExchangeRates(me: Me | null | undefined): boolean {
  return Boolean(me && (me.platformAdmin || me.organizerOf.length > 0));
}

/** Every dated rate; a few per currency, so one request holds them all. */
export function useExchangeRates() {
  return useQuery({
    queryKey: EXCHANGE_RATES_KEY,
    queryFn: ({ signal }) =>
      api.get<{ items: ExchangeRate[] }>("/exchange-rates", undefined, signal),
  });
}

/** Rates change what deals are worth in dollars: the outcome figures too. */
export const RATE_DEPENDENT_KEYS = [EXCHANGE_RATES_KEY, OUTCOMES_KEY] as const;

/** The rate in force on `day` for each currency: the latest that starts on or before it. */
export function ratesInForce(rates: readonly ExchangeRate[], day: string): Set<ExchangeRate> {
  const latest = new Map<string, ExchangeRate>();
  for (const rate of rates) {
    if (rate.validFrom > day) continue;
    const current = latest.get(rate.currency);
    if (!current || rate.validFrom > current.validFrom) latest.set(rate.currency, rate);
  }
  return new Set(latest.values());
}

/** By currency, then the latest first. */
export function sortRates(rates: readonly ExchangeRate[]): ExchangeRate[] {
  return [...rates].sort(
    (a, b) =>
      a.currency.localeCompare(b.currency) ||
      (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0),
  );
}
