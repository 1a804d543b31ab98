import { useTranslation } from "react-i18next";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton } from "../../components/query-state.tsx";
import { usePlatformOutcomes } from "./data.ts";
import { OutcomesDashboard } from "./outcomes-page.tsx";

function PlatformOutcomesView() {
  const { t } = useTranslation();
  const outcomes = usePlatformOutcomes();
  return (
    <OutcomesDashboard
      query={outcomes}
      slug={null}
      forbiddenTitle={t("outcomes.platformForbiddenTitle")}
      forbidden={t("outcomes.platformForbidden")}
      empty={t("outcomes.platformEmpty")}
      header={
        <PageHeader
          eyebrow={t("outcomes.eyebrow")}
          title={t("outcomes.platformTitle")}
          description={t("outcomes.platformDescription")}
        />
      }
    />
  );
}

/** `/outcomes`: the deal funnel across every edition (platform admins). */
export function PlatformOutcomesPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <PageContainer>
        <PageSkeleton />
      </PageContainer>
    );
  }
  if (me.isError) {
    return (
      <PageContainer>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </PageContainer>
    );
  }
  if (!me.data?.platformAdmin) {
    return (
      <ForbiddenContent signedIn={Boolean(me.data)} description={t("outcomes.platformForbidden")} />
    );
  }
  return (
    <PageContainer>
      <PlatformOutcomesView />
    </PageContainer>
  );
}
