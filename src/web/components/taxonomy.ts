import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../app/api.ts";
import { AREA_CODES, type AreaCode, type Taxonomy } from "../app/api-types.ts";

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
