import { useMutation } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ImportKind, ImportReport } from "../../app/api-types.ts";
import { useInvalidateMarketplace } from "../../components/item-queries.ts";

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  /** true: check every row and report, write nothing. */
  dryRun: boolean;
}

export function useImportFile() {
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: ({ kind, file, dryRun }: ImportRequest) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return api.upload<ImportReport>(`/imports/${kind}`, form, { dryRun });
    },
    onSuccess: (report) => (report.dryRun ? undefined : invalidate()),
  });
}
