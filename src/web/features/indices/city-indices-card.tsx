import { Anchor, Card, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useIndices, usePublishedIndexViews } from "./data.ts";
import { useScoreFormat } from "./format.ts";
import { unitPath } from "./ranking.ts";
import { SyntheticBanner } from "./synthetic-banner.tsx";

/**
 * The city page's card: the published indices (the first three) the city is ranked in,
 * with its rank and score. A city's unit code is its slug.
 */
export function CityIndicesCard({ citySlug }: { citySlug: string }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const indices = useIndices();
  const views = usePublishedIndexViews(indices.data?.items);
  const entries = views.flatMap((query) => {
    const view = query.data;
    const unit = view?.result?.results.find((entry) => entry.uCode === citySlug);
    if (!view?.result || !unit) return [];
    const total = view.result.results.filter((entry) => entry.rank !== null).length;
    return [{ view, unit, total, root: view.result.root }];
  });
  if (entries.length === 0) return null;
  return (
    <Card data-testid="city-indices">
      <Group gap="sm" mb="sm">
        <ThemeIcon variant="light" color="civic" aria-hidden>
          <IconChartBar size={18} />
        </ThemeIcon>
        <Title order={2} size="h5">
          {t("indices.cityCard.title")}
        </Title>
      </Group>
      <SyntheticBanner synthetic={entries.some((entry) => entry.view.synthetic)} compact />
      <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {entries.map(({ view, unit, total, root }) => (
          <li key={view.id}>
            <Anchor component={Link} to={unitPath(view.slug, unit.uCode, "published")} fw={600}>
              {view.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t("indices.cityCard.rank", {
                rank: unit.rank ?? "–",
                total,
                score: score.score(unit.scores[root]),
              })}
            </Text>
          </li>
        ))}
      </Stack>
    </Card>
  );
}
