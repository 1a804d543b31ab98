import {
  Anchor,
  Badge,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  VisuallyHidden,
} from "@mantine/core";
import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconBulb,
  IconCircleCheck,
  IconTargetArrow,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Counterpart, CounterpartPair } from "../app/api-types.ts";
import { flagEmoji } from "./countries.ts";
import { itemPath } from "./item-links.ts";
import { KindBadge } from "./kind-badge.tsx";
import { isCaveat, useReasonSentence } from "./matches.ts";
import { useFormat } from "./use-format.ts";

/** A counterpart organization: its name (linked), kind and country. */
export function CounterpartOrganization({
  organization,
  titleId,
}: {
  organization: Counterpart["organization"];
  /** Set when the name is the card's title (the card is labelled by it). */
  titleId?: string;
}) {
  const format = useFormat();
  return (
    <Group gap="xs" wrap="wrap" style={{ rowGap: 4, minWidth: 0 }}>
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <IconBuildingCommunity
          size={16}
          aria-hidden
          color="var(--mantine-color-dimmed)"
          style={{ flexShrink: 0 }}
        />
        <Anchor
          component={Link}
          to={`/organizations/${organization.id}`}
          fw={700}
          c="dark.8"
          id={titleId}
          style={{ overflowWrap: "anywhere" }}
          data-testid="counterpart-organization"
        >
          {organization.name}
        </Anchor>
      </Group>
      <KindBadge kind={organization.kind} size="sm" />
      {organization.country ? (
        <Text size="sm" c="dimmed">
          <span aria-hidden="true">{flagEmoji(organization.country)} </span>
          {format.country(organization.country)}
        </Text>
      ) : null}
    </Group>
  );
}

/**
 * A matching pair of the two organizations: the challenge and the solution (linked) and
 * the strongest reason, worded like the reasons of the match cards.
 */
export function PairSummary({ pair, withScore }: { pair: CounterpartPair; withScore?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useReasonSentence();
  const reason = pair.reasons[0];
  return (
    <Stack gap={6} data-testid="counterpart-pair">
      <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" color="dusk" size={22} radius="sm" aria-hidden>
              <IconTargetArrow size={14} />
            </ThemeIcon>
            <Anchor
              component={Link}
              to={itemPath("challenge", pair.challenge.slug)}
              size="sm"
              fw={600}
              style={{ overflowWrap: "anywhere" }}
            >
              <VisuallyHidden>{t("itemTypes.challenge")}: </VisuallyHidden>
              {pair.challenge.title}
            </Anchor>
          </Group>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" color="civic" size={22} radius="sm" aria-hidden>
              <IconBulb size={14} />
            </ThemeIcon>
            <Anchor
              component={Link}
              to={itemPath("solution", pair.solution.slug)}
              size="sm"
              fw={600}
              style={{ overflowWrap: "anywhere" }}
            >
              <VisuallyHidden>{t("itemTypes.solution")}: </VisuallyHidden>
              {pair.solution.title}
            </Anchor>
          </Group>
        </Stack>
        {withScore ? (
          <Badge
            variant="light"
            color={pair.score >= 50 ? "civic" : "gray"}
            style={{ flexShrink: 0, fontVariantNumeric: "tabular-nums" }}
            aria-label={t("counterparts.pairScore", { score: format.integer(pair.score) })}
          >
            {format.integer(pair.score)}
          </Badge>
        ) : null}
      </Group>
      {reason ? (
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid="counterpart-reason">
          {isCaveat(reason) ? (
            <IconAlertTriangle
              size={16}
              aria-hidden
              color="var(--mantine-color-orange-7)"
              style={{ flexShrink: 0, marginTop: 2 }}
            />
          ) : (
            <IconCircleCheck
              size={16}
              aria-hidden
              color="var(--mantine-color-civic-7)"
              style={{ flexShrink: 0, marginTop: 2 }}
            />
          )}
          <Text size="sm">{sentence(reason)}</Text>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Placeholder cards while counterparts load, announced once to screen readers. */
export function CounterpartsSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="sm" aria-busy="true" data-testid="counterparts-loading">
      <VisuallyHidden role="status">{label}</VisuallyHidden>
      {[0, 1, 2].map((key) => (
        <Paper key={key} withBorder radius="md" p="md" aria-hidden>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={8} style={{ flex: 1 }}>
              <Skeleton height={18} width="50%" />
              <Skeleton height={12} width="30%" />
              <Skeleton height={12} width="85%" mt={6} />
              <Skeleton height={12} width="70%" />
            </Stack>
            <Skeleton height={40} width={52} radius="md" />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
