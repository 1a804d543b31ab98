import { Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { IconBuildingCommunity, IconMapPin } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SearchHit } from "../../app/api-types.ts";
import { flagEmoji } from "../../components/countries.ts";
import {
  BudgetBandBadge,
  ChallengeStatusBadge,
  DomainBadges,
  ItemTypeBadge,
  SdgChips,
  StageBadge,
  TrlBadge,
} from "../../components/item-badges.tsx";
import { itemPath } from "../../components/item-links.ts";
import { useFormat } from "../../components/use-format.ts";
import { parseSnippet } from "./search-params.ts";

/** The snippet with the matched words highlighted, rendered as text (never as HTML). */
function Snippet({ snippet }: { snippet: string }) {
  const parts = parseSnippet(snippet);
  if (parts.length === 0) return null;
  return (
    <Text size="sm" c="dark.5" lineClamp={3} className="cm-snippet">
      {parts.map((part, index) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but order
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but order
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

export function SearchHitCard({ hit, showType }: { hit: SearchHit; showType: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const closed = hit.type === "challenge" && hit.status && hit.status !== "open";
  return (
    <Card component="article" padding="md" data-testid="search-hit">
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap={8}>
              {showType ? <ItemTypeBadge type={hit.type} size="sm" /> : null}
              {closed && hit.status ? <ChallengeStatusBadge status={hit.status} size="sm" /> : null}
            </Group>
            <Anchor
              component={Link}
              to={itemPath(hit.type, hit.slug)}
              fw={700}
              size="lg"
              c="dark.8"
              lh={1.3}
              style={{ overflowWrap: "anywhere" }}
            >
              {hit.title}
            </Anchor>
          </Stack>
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }} visibleFrom="xs">
            {t("search.updated", { date: format.date(hit.updatedAt) })}
          </Text>
        </Group>
        <Group gap="md" c="dimmed" wrap="wrap">
          <Group gap={6} wrap="nowrap">
            <IconBuildingCommunity size={14} aria-hidden style={{ flexShrink: 0 }} />
            <Anchor
              component={Link}
              to={`/organizations/${hit.organization.id}`}
              size="sm"
              c="dimmed"
            >
              {hit.organization.name}
            </Anchor>
          </Group>
          {hit.country ? (
            <Group gap={6} wrap="nowrap">
              <IconMapPin size={14} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm">
                <span aria-hidden="true">{flagEmoji(hit.country)} </span>
                {format.country(hit.country)}
              </Text>
            </Group>
          ) : null}
        </Group>
        <Snippet snippet={hit.snippet} />
        <Group gap={6} justify="space-between" align="center" mt={2}>
          <Group gap={6}>
            {hit.trl ? <TrlBadge trl={hit.trl} size="sm" /> : null}
            {hit.stage ? <StageBadge stage={hit.stage} size="sm" /> : null}
            {hit.budgetBand ? <BudgetBandBadge band={hit.budgetBand} size="sm" /> : null}
            <DomainBadges domains={hit.domains} max={3} />
          </Group>
          <SdgChips sdgs={hit.sdgs} size={20} />
        </Group>
      </Stack>
    </Card>
  );
}
