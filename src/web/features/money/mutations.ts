import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ExchangeRate } from "../../app/api-types.ts";
import { RATE_DEPENDENT_KEYS } from "./data.ts";

function ratePath(currency: string, validFrom: string): string {
  return `/exchange-rates/${encodeURIComponent(currency)}/${encodeURIComponent(validFrom)}`;
}

function useInvalidateRates() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(RATE_DEPENDENT_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Adds a rate, or replaces the one of that currency and day. */
export function usePutExchangeRate() {
  const invalidate = useInvalidateRates();
  return useMutation({
    mutationFn: (rate: ExchangeRate) =>
      api.put<ExchangeRate>(ratePath(rate.currency, rate.validFrom), {
        usdPerUnit: rate.usdPerUnit,
      }),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteExchangeRate() {
  const invalidate = useInvalidateRates();
  return useMutation({
    mutationFn: (rate: Pick<ExchangeRate, "currency" | "validFrom">) =>
      api.delete(ratePath(rate.currency, rate.validFrom)),
    onSuccess: () => invalidate(),
  });
}
