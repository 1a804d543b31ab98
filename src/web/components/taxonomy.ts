import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../app/api.ts";
import {
  AREA_CODES,
  type AreaCode,
  SDG_NUMBERS,
  type SdgNumber,
  type Taxonomy,
} from "../app/api-types.ts";

export function useTaxonomy() {
  return useQuery({
    queryKey: ["taxonomy"],
    queryFn: ({ signal }) => api.get<Taxonomy>("/taxonomy", undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function isAreaCode(code: string): code is AreaCode {
  return (AREA_CODES as readonly string[]).includes(code);
}

/** The name of a congress area in the reader's language, else the server's name, else the code. */
export function useAreaName() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  return useCallback(
    (code: string) => {
      if (isAreaCode(code)) return t(`areas.${code}`);
      return taxonomy.data?.areas.find((area) => area.code === code)?.name ?? code;
    },
    [t, taxonomy.data],
  );
}

/** Area options for Selects, in the congress's order. */
export function useAreaOptions() {
  const taxonomy = useTaxonomy();
  const areaName = useAreaName();
  const codes = taxonomy.data
    ? [...taxonomy.data.areas].sort((a, b) => a.position - b.position).map((area) => area.code)
    : [...AREA_CODES];
  return codes.map((code) => ({ value: code, label: areaName(code) }));
}

function isSdgNumber(value: number): value is SdgNumber {
  return (SDG_NUMBERS as readonly number[]).includes(value);
}

// The UN's official goal colours, for the moment before the taxonomy has loaded.
const SDG_FALLBACK_COLORS = [
  "#E5243B",
  "#DDA63A",
  "#4C9F38",
  "#C5192D",
  "#FF3A21",
  "#26BDE2",
  "#FCC30B",
  "#A21942",
  "#FD6925",
  "#DD1367",
  "#FD9D24",
  "#BF8B2E",
  "#3F7E44",
  "#0A97D9",
  "#56C02B",
  "#00689D",
  "#19486A",
];

export interface SdgInfo {
  number: number;
  name: string;
  color: string;
}

/** A Sustainable Development Goal's name (reader's language) and colour (from the taxonomy). */
export function useSdg() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  return useCallback(
    (number: number): SdgInfo => {
      const known = taxonomy.data?.sdgs.find((sdg) => sdg.number === number);
      return {
        number,
        name: isSdgNumber(number) ? t(`sdgs.${number}`) : (known?.name ?? String(number)),
        color: known?.color ?? SDG_FALLBACK_COLORS[number - 1] ?? "#666666",
      };
    },
    [t, taxonomy.data],
  );
}

/** SDG options for Selects: "11 · Sustainable cities and communities". */
export function useSdgOptions() {
  const sdg = useSdg();
  return SDG_NUMBERS.map((number) => ({
    value: String(number),
    label: `${number} · ${sdg(number).name}`,
  }));
}
