import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Me } from "../app/api-types.ts";
import { useMe } from "../app/session.ts";
import { ErrorAlert } from "./errors.tsx";
import { PageSkeleton } from "./query-state.tsx";

/** Renders its children for a signed-in reader; sends others to sign in and back here. */
export function SignedIn({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageSkeleton />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children(me.data)}</>;
}
