import { Button, Card, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowsLeftRight } from "@tabler/icons-react";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Counterpart } from "../../app/api-types.ts";
import {
  CounterpartOrganization,
  CounterpartsSkeleton,
  PairSummary,
} from "../../components/counterparts.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { ScoreBadge } from "../../components/matches-panel.tsx";
import { useOrganizationMatches } from "./data.ts";

/** Counterparts shown before "Show more". */
const INITIALLY_SHOWN = 5;

function CounterpartCard({ counterpart }: { counterpart: Counterpart }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={titleId}
      data-testid="counterpart"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <CounterpartOrganization organization={counterpart.organization} titleId={titleId} />
            <Text size="sm" c="dimmed" data-testid="counterpart-pair-count">
              {t("counterparts.pairCount", { count: counterpart.pairCount })}
            </Text>
          </Stack>
          <ScoreBadge score={counterpart.score} />
        </Group>
        <Stack
          component="ul"
          gap="sm"
          aria-label={t("counterparts.topPairs")}
          style={{ listStyle: "none", margin: 0, padding: 0 }}
        >
          {counterpart.pairs.map((pair, index) => (
            <li key={`${pair.challenge.id}-${pair.solution.id}`}>
              {index > 0 ? <Divider mb="sm" variant="dashed" /> : null}
              <PairSummary pair={pair} withScore={counterpart.pairs.length > 1} />
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

/**
 * The organizations whose challenges or solutions best match this organization's own,
 * each with its strongest pairs and why they fit.
 */
export function BestCounterparts({ idOrSlug }: { idOrSlug: string }) {
  const { t } = useTranslation();
  const query = useOrganizationMatches(idOrSlug);
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);

  let body: ReactNode;
  if (query.isPending) {
    body = <CounterpartsSkeleton label={t("counterparts.loading")} />;
  } else if (query.isError) {
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.items.length === 0) {
    body = (
      <Stack gap={4} align="flex-start" data-testid="counterparts-empty">
        <Text fw={600}>{t("counterparts.empty")}</Text>
        <Text size="sm" c="dimmed">
          {t("counterparts.emptyHint")}
        </Text>
      </Stack>
    );
  } else {
    const { items } = query.data;
    const hidden = items.length - INITIALLY_SHOWN;
    body = (
      <Stack gap="sm">
        <Stack
          component="ul"
          gap="sm"
          id={listId}
          style={{ listStyle: "none", margin: 0, padding: 0 }}
        >
          {(showAll ? items : items.slice(0, INITIALLY_SHOWN)).map((counterpart) => (
            <li key={counterpart.organization.id}>
              <CounterpartCard counterpart={counterpart} />
            </li>
          ))}
        </Stack>
        {hidden > 0 ? (
          <Group justify="center">
            <Button
              variant="default"
              size="xs"
              onClick={() => setShowAll((value) => !value)}
              aria-expanded={showAll}
              aria-controls={listId}
            >
              {showAll ? t("matches.showFewer") : t("matches.showMore", { count: hidden })}
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  }

  return (
    <Card component="section" aria-labelledby={headingId} data-testid="best-counterparts">
      <Group gap="sm" wrap="nowrap" mb={4}>
        <ThemeIcon variant="light" color="civic" size={30} radius="md" aria-hidden>
          <IconArrowsLeftRight size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id={headingId}>
          {t("counterparts.title")}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t("counterparts.hint")}
      </Text>
      {body}
    </Card>
  );
}
