import { Skeleton, Stack } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { isApiError } from "../app/api.ts";
import { ErrorAlert } from "./errors.tsx";
import { NotFoundContent } from "./not-found.tsx";

export function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <Skeleton height={36} width="45%" />
      <Skeleton height={18} width="70%" />
      <Skeleton height={220} mt="md" />
      <Skeleton height={120} />
    </Stack>
  );
}

/** Renders a query's data, or its loading skeleton, "not found" page or error. */
export function QueryState<T>({
  query,
  children,
  loading,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  loading?: ReactNode;
}) {
  if (query.isPending) return <>{loading ?? <PageSkeleton />}</>;
  if (query.isError) {
    if (isApiError(query.error, "not_found")) return <NotFoundContent />;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
