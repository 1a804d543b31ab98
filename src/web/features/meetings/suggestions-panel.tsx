import { Badge, Button, Card, Group, Skeleton, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowsExchange, IconBulb, IconTargetArrow, IconUsersPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/errors.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useSuggestions } from "./data.ts";
import { PersonLabel } from "./meeting-parts.tsx";
import { useMatchParticipants } from "./mutations.ts";

/** Pairs the match engine ranks highest among the edition's participants; "Match" pairs them. */
export function SuggestionsPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const suggestions = useSuggestions(eventId);
  const match = useMatchParticipants(eventId);
  if (suggestions.isPending) return <Skeleton height={240} />;
  if (suggestions.isError)
    return <ErrorAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  const items = suggestions.data.items;
  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm" maw={720}>
        {t("meetings.suggestions.hint")}
      </Text>
      {match.isError ? <ErrorAlert error={match.error} /> : null}
      {items.length === 0 ? (
        <Text c="dimmed">{t("meetings.suggestions.empty")}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {items.map((suggestion) => {
            const [a, b] = suggestion.people;
            const key = `${a.id}|${b.id}|${suggestion.challenge.id}|${suggestion.solution.id}`;
            const busy =
              match.isPending &&
              match.variables?.personIds[0] === a.id &&
              match.variables?.personIds[1] === b.id;
            return (
              <Card
                key={key}
                component="li"
                withBorder
                data-testid="meeting-suggestion"
                aria-label={t("meetings.suggestions.pair", { a: a.name, b: b.name })}
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                  <Stack gap={6} style={{ minWidth: 0 }}>
                    <Group gap="sm" wrap="wrap">
                      <PersonLabel person={a} />
                      <IconArrowsExchange
                        size={16}
                        aria-hidden
                        color="var(--mantine-color-gray-6)"
                      />
                      <PersonLabel person={b} />
                    </Group>
                    <Group gap={6} wrap="nowrap">
                      <IconTargetArrow size={14} aria-hidden color="var(--mantine-color-civic-7)" />
                      <Text size="sm" truncate="end">
                        {t("meetings.suggestions.challenge", { title: suggestion.challenge.title })}
                      </Text>
                    </Group>
                    <Group gap={6} wrap="nowrap">
                      <IconBulb size={14} aria-hidden color="var(--mantine-color-dusk-7)" />
                      <Text size="sm" truncate="end">
                        {t("meetings.suggestions.solution", { title: suggestion.solution.title })}
                      </Text>
                    </Group>
                  </Stack>
                  <Stack gap="xs" align="flex-end">
                    <Badge size="lg" variant="light" color="civic">
                      {t("meetings.suggestions.score", { score: format.integer(suggestion.score) })}
                    </Badge>
                    <Button
                      size="xs"
                      leftSection={<IconUsersPlus size={14} aria-hidden />}
                      loading={busy}
                      onClick={() =>
                        match.mutate(
                          { personIds: [a.id, b.id] },
                          {
                            onSuccess: () =>
                              notifications.show({
                                color: "civic",
                                message: t("meetings.suggestions.matched", {
                                  a: a.name,
                                  b: b.name,
                                }),
                              }),
                          },
                        )
                      }
                    >
                      {t("meetings.suggestions.match")}
                    </Button>
                  </Stack>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
