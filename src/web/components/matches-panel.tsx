import {
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  List,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconChevronDown,
  IconCircleCheck,
  IconMapPin,
  IconSparkles,
} from "@tabler/icons-react";
import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Match, Recommendation, Recommendations } from "../app/api-types.ts";
import { flagEmoji } from "./countries.ts";
import { ErrorAlert } from "./errors.tsx";
import { itemPath } from "./item-links.ts";
import { isCaveat, maxPoints, partsByWeight, useReasonSentence } from "./matches.ts";
import { useFormat } from "./use-format.ts";

/** Recommendations shown before "Show more"; the rest of the answer is one click away. */
const INITIALLY_SHOWN = 5;
/** Reasons on a card: the strongest few, the whole score is in the breakdown. */
const REASONS_SHOWN = 3;

function scoreColor(score: number): { color: string; variant: "filled" | "light" } {
  if (score >= 70) return { color: "civic", variant: "filled" };
  if (score >= 50) return { color: "civic", variant: "light" };
  return { color: "gray", variant: "light" };
}

/** A match score out of 100, coloured by how strong it is. */
export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { color, variant } = scoreColor(score);
  return (
    <Stack gap={2} align="center" style={{ flexShrink: 0 }} data-testid="match-score">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.04em" }}>
        {t("matches.score")}
      </Text>
      <Badge
        size="xl"
        radius="md"
        color={color}
        variant={variant}
        style={{ fontVariantNumeric: "tabular-nums" }}
      >
        {format.integer(score)}
        <VisuallyHidden> {t("matches.outOf")}</VisuallyHidden>
      </Badge>
    </Stack>
  );
}

/**
 * Every part of the score as a bar on one scale of points: the track is as long as the
 * most the part can add (its weight), the filled share is what it added to this score.
 */
function ScoreBreakdown({ match }: { match: Match }) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = (value: number) => format.decimal(Math.round(value * 10) / 10);
  const heaviest = Math.max(0, ...match.parts.map((part) => maxPoints(part, match.parts)));
  return (
    <Stack gap="xs" pt="xs">
      <Text size="xs" c="dimmed">
        {t("matches.breakdownHint")}
      </Text>
      <Stack
        component="ul"
        gap={6}
        style={{ listStyle: "none", margin: 0, padding: 0 }}
        data-testid="match-breakdown"
      >
        {partsByWeight(match.parts).map((part) => {
          const max = maxPoints(part, match.parts);
          const name = t(`matches.parts.${part.part}`);
          const value = t("matches.partValue", { points: points(part.points), max: points(max) });
          return (
            <Group component="li" key={part.part} gap="sm" wrap="nowrap">
              <Text size="xs" fw={600} w={100} style={{ flexShrink: 0 }} aria-hidden>
                {name}
              </Text>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Progress.Root
                  size="md"
                  w={heaviest > 0 ? `${(100 * max) / heaviest}%` : "100%"}
                  miw={8}
                  role="meter"
                  aria-label={name}
                  aria-valuemin={0}
                  aria-valuemax={Math.round(max * 100) / 100}
                  aria-valuenow={part.points}
                  aria-valuetext={value}
                >
                  <Progress.Section
                    withAria={false}
                    value={max > 0 ? Math.min(100, (100 * part.points) / max) : 0}
                    color="dusk.5"
                  />
                </Progress.Root>
              </div>
              <Text
                size="xs"
                c="dimmed"
                w={64}
                ta="right"
                style={{ flexShrink: 0, fontVariantNumeric: "tabular-nums" }}
                aria-hidden
              >
                {points(part.points)} / {points(max)}
              </Text>
            </Group>
          );
        })}
      </Stack>
      <Text size="xs" fw={600} ta="right">
        {t("matches.total", { score: points(match.score) })}
      </Text>
    </Stack>
  );
}

/**
 * One recommended item with its score, strongest reasons and the score's parts. `action`
 * (a Connect button) sits beside "Why this score"; `rank` says where the item stands among
 * all recommendations when the card is shown on its own.
 */
export function MatchCard({
  recommendation,
  action,
  rank,
}: {
  recommendation: Recommendation;
  action?: ReactNode;
  rank?: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useReasonSentence();
  const [opened, { toggle }] = useDisclosure(false);
  const titleId = useId();
  const breakdownId = useId();
  const { item, match } = recommendation;
  const reasons = match.reasons.slice(0, REASONS_SHOWN);
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={titleId}
      data-testid="match"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            {rank ? (
              <Text size="xs" c="dimmed" fw={600} data-testid="match-rank">
                {t("matches.rank", { rank })}
              </Text>
            ) : null}
            <Title order={3} size="h5" id={titleId} lh={1.35} style={{ overflowWrap: "anywhere" }}>
              <Anchor component={Link} to={itemPath(item.type, item.slug)} inherit c="dark.8">
                {item.title}
              </Anchor>
            </Title>
            <Group gap="md" c="dimmed" wrap="wrap" style={{ rowGap: 2 }}>
              <Group gap={6} wrap="nowrap">
                <IconBuildingCommunity size={14} aria-hidden style={{ flexShrink: 0 }} />
                <Anchor
                  component={Link}
                  to={`/organizations/${item.organization.id}`}
                  size="sm"
                  c="dimmed"
                  data-testid="match-organization"
                >
                  {item.organization.name}
                </Anchor>
              </Group>
              {item.country ? (
                <Group gap={6} wrap="nowrap">
                  <IconMapPin size={14} aria-hidden style={{ flexShrink: 0 }} />
                  <Text size="sm">
                    <span aria-hidden="true">{flagEmoji(item.country)} </span>
                    {format.country(item.country)}
                  </Text>
                </Group>
              ) : null}
            </Group>
          </Stack>
          <ScoreBadge score={match.score} />
        </Group>
        {reasons.length > 0 ? (
          <List
            size="sm"
            spacing={4}
            listStyleType="none"
            // Icons on the first line of a reason that wraps, not in the middle of it.
            styles={{
              itemWrapper: { alignItems: "flex-start" },
              itemIcon: { marginTop: 3, flexShrink: 0 },
            }}
            aria-label={t("matches.reasonsLabel")}
            data-testid="match-reasons"
          >
            {reasons.map((reason, index) => (
              <List.Item
                // biome-ignore lint/suspicious/noArrayIndexKey: a code may repeat; order is the identity
                key={`${reason.code}-${index}`}
                icon={
                  isCaveat(reason) ? (
                    <IconAlertTriangle
                      size={16}
                      aria-hidden
                      color="var(--mantine-color-orange-7)"
                    />
                  ) : (
                    <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-civic-7)" />
                  )
                }
              >
                {sentence(reason)}
              </List.Item>
            ))}
          </List>
        ) : null}
        <div>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Button
              variant="subtle"
              size="compact-sm"
              color="dusk"
              // The label lines up with the title; the padding is there for the hover.
              ml={-7}
              onClick={toggle}
              aria-expanded={opened}
              aria-controls={breakdownId}
              aria-describedby={titleId}
              rightSection={
                <IconChevronDown
                  size={14}
                  aria-hidden
                  style={{
                    transform: opened ? "rotate(180deg)" : undefined,
                    transition: "transform 150ms ease",
                  }}
                />
              }
            >
              {t("matches.why")}
            </Button>
            {action}
          </Group>
          <Collapse expanded={opened} id={breakdownId}>
            <ScoreBreakdown match={match} />
          </Collapse>
        </div>
      </Stack>
    </Paper>
  );
}

function MatchesSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" data-testid="matches-loading">
      <VisuallyHidden role="status">{t("matches.loading")}</VisuallyHidden>
      {[0, 1, 2].map((key) => (
        <Paper key={key} withBorder radius="md" p="md" aria-hidden>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={8} style={{ flex: 1 }}>
              <Skeleton height={18} width="70%" />
              <Skeleton height={12} width="35%" />
              <Skeleton height={12} width="85%" mt={6} />
              <Skeleton height={12} width="75%" />
            </Stack>
            <Skeleton height={40} width={52} radius="md" />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * Explained recommendations on a detail page: solutions for a challenge, or challenges
 * for a solution, each with its score, its strongest reasons and the score's parts.
 */
export function MatchesPanel({
  title,
  hint,
  emptyHint,
  query,
  testId,
  renderAction,
}: {
  title: string;
  hint: string;
  emptyHint: string;
  query: UseQueryResult<Recommendations>;
  testId?: string;
  /** What a card offers besides its explanation, e.g. a Connect button. */
  renderAction?: (recommendation: Recommendation) => ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);

  let body: ReactNode;
  if (query.isPending) {
    body = <MatchesSkeleton />;
  } else if (query.isError) {
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.items.length === 0) {
    body = (
      <Stack gap={4} align="flex-start" data-testid="matches-empty">
        <Text fw={600}>{t("matches.empty")}</Text>
        <Text size="sm" c="dimmed">
          {emptyHint}
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
          {(showAll ? items : items.slice(0, INITIALLY_SHOWN)).map((recommendation) => (
            <li key={recommendation.item.id}>
              <MatchCard recommendation={recommendation} action={renderAction?.(recommendation)} />
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
    <Card component="section" aria-labelledby={headingId} data-testid={testId}>
      <Group gap="sm" wrap="nowrap" mb={4}>
        <ThemeIcon variant="light" color="civic" size={30} radius="md" aria-hidden>
          <IconSparkles size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {hint}
      </Text>
      {body}
    </Card>
  );
}

/**
 * The reader's own items among a page's recommendations (a provider's solutions for a
 * city's challenge), with where each ranks: the main panel shows the best few only, and
 * this is what a provider or a city opens a page to learn. Nothing shows when none rank.
 */
export function OwnMatchesPanel({
  title,
  hint,
  query,
  organizationId,
  renderAction,
  testId,
}: {
  title: string;
  hint: string;
  query: UseQueryResult<Recommendations>;
  organizationId: string;
  renderAction?: (recommendation: Recommendation) => ReactNode;
  testId?: string;
}) {
  const headingId = useId();
  if (!query.isSuccess) return null;
  const own = query.data.items
    .map((recommendation, index) => ({ recommendation, rank: index + 1 }))
    .filter(({ recommendation }) => recommendation.item.organization.id === organizationId);
  if (own.length === 0) return null;
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      data-testid={testId}
      bg="civic.0"
      style={{ borderColor: "var(--mantine-color-civic-2)" }}
    >
      <Group gap="sm" wrap="nowrap" mb={4}>
        <ThemeIcon variant="white" color="civic" size={30} radius="md" aria-hidden>
          <IconBuildingCommunity size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {hint}
      </Text>
      <Stack component="ul" gap="sm" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {own.map(({ recommendation, rank }) => (
          <li key={recommendation.item.id}>
            <MatchCard
              recommendation={recommendation}
              rank={rank}
              action={renderAction?.(recommendation)}
            />
          </li>
        ))}
      </Stack>
    </Card>
  );
}
