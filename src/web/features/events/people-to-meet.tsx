import { Avatar, Button, Card, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../app/api.ts";
import type { EventDetail, PersonToMeet } from "../../app/api-types.ts";
import { useMe } from "../../app/session.ts";
import { ConnectButton } from "../../components/connect-button.tsx";
import {
  CounterpartOrganization,
  CounterpartsSkeleton,
  PairSummary,
} from "../../components/counterparts.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { ScoreBadge } from "../../components/matches-panel.tsx";
import { usePeopleToMeet } from "./data.ts";

/** Suggestions shown before "Show more". */
const INITIALLY_SHOWN = 5;

function SuggestionCard({ suggestion, event }: { suggestion: PersonToMeet; event: EventDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const pair = suggestion.pairs[0];
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={titleId}
      data-testid="person-to-meet"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap="xs" style={{ minWidth: 0 }}>
            <Stack
              component="ul"
              gap={6}
              aria-label={t("peopleToMeet.people")}
              style={{ listStyle: "none", margin: 0, padding: 0 }}
            >
              {suggestion.people.map((person) => (
                <Group component="li" key={person.id} gap="sm" wrap="nowrap">
                  <Avatar size={30} radius="xl" color="dusk" name={person.name} aria-hidden />
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    <Text span fw={700} inherit data-testid="person-name">
                      {person.name}
                    </Text>
                    <Text span c="dimmed" inherit>
                      {" · "}
                      {t(`roles.${person.role}`, { defaultValue: person.role })}
                    </Text>
                  </Text>
                </Group>
              ))}
            </Stack>
            <CounterpartOrganization organization={suggestion.organization} titleId={titleId} />
          </Stack>
          <ScoreBadge score={suggestion.score} />
        </Group>
        {pair ? <PairSummary pair={pair} /> : null}
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t("counterparts.pairCount", { count: suggestion.pairCount })}
          </Text>
          {pair ? (
            <ConnectButton
              size="xs"
              variant="light"
              target={{
                recipient: suggestion.organization,
                challenge: pair.challenge,
                solution: pair.solution,
              }}
              eventId={event.status === "published" ? event.id : null}
            />
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * People at this edition whose organization's items match the reader's organization's,
 * with the best pair, why it fits and a way to ask for a meeting. Signed-in readers only;
 * a reader without an organization is told why there is nothing to suggest.
 */
export function PeopleToMeetSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  const hasOrganization = Boolean(me.data?.organization);
  const query = usePeopleToMeet(event.slug, hasOrganization);
  if (!me.data) return null;

  let body: ReactNode;
  if (!hasOrganization || isApiError(query.error, "bad_request")) {
    body = (
      <Stack gap={4} align="flex-start" data-testid="people-to-meet-no-organization">
        <Text fw={600}>{t("peopleToMeet.noOrganization")}</Text>
        <Text size="sm" c="dimmed">
          {t("peopleToMeet.noOrganizationHint")}
        </Text>
      </Stack>
    );
  } else if (query.isPending) {
    body = <CounterpartsSkeleton label={t("peopleToMeet.loading")} />;
  } else if (query.isError) {
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.items.length === 0) {
    body = (
      <Stack gap={4} align="flex-start" data-testid="people-to-meet-empty">
        <Text fw={600}>{t("peopleToMeet.empty")}</Text>
        <Text size="sm" c="dimmed">
          {t("peopleToMeet.emptyHint")}
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
          {(showAll ? items : items.slice(0, INITIALLY_SHOWN)).map((suggestion) => (
            <li key={suggestion.organization.id}>
              <SuggestionCard suggestion={suggestion} event={event} />
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
    <Card component="section" aria-labelledby={headingId} data-testid="people-to-meet">
      <Group gap="sm" wrap="nowrap" mb={4}>
        <ThemeIcon variant="light" color="civic" size={30} radius="md" aria-hidden>
          <IconUsersGroup size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id={headingId}>
          {t("peopleToMeet.title")}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {me.data.organization
          ? t("peopleToMeet.hint", { organization: me.data.organization.name })
          : t("peopleToMeet.hintNoOrganization")}
      </Text>
      {body}
    </Card>
  );
}
