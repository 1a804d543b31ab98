import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconDatabase, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useFormat } from "../../components/use-format.ts";
import { curatesIndices, useIndices } from "./data.ts";

/** /indices: the published indices, and every draft for curators. */
export function IndicesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const indices = useIndices();
  const curator = curatesIndices(me.data);
  return (
    <PageContainer>
      <PageHeader
        title={t("indices.listTitle")}
        description={t("indices.listDescription")}
        actions={
          curator ? (
            <>
              <Button
                component={Link}
                to="/indicators"
                variant="default"
                leftSection={<IconDatabase size={16} aria-hidden />}
              >
                {t("indices.indicatorData")}
              </Button>
              <Button
                component={Link}
                to="/indices/new"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t("indices.newIndex")}
              </Button>
            </>
          ) : undefined
        }
      />
      <QueryState query={indices}>
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed">{t("indices.noIndices")}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {items.map((index) => {
                const draftOnly = !index.publishedAt;
                return (
                  <Card key={index.id} data-testid="index-card">
                    <Stack gap="xs">
                      <Group gap="xs">
                        <Badge variant="light">{index.year}</Badge>
                        {draftOnly ? (
                          <Badge color="yellow" variant="light">
                            {t("indices.review.draftVersion")}
                          </Badge>
                        ) : null}
                        {index.synthetic ? (
                          <Badge color="orange" variant="light">
                            {t("indices.synthetic.badge")}
                          </Badge>
                        ) : null}
                      </Group>
                      <Title order={2} size="h3">
                        <Anchor
                          component={Link}
                          to={`/indices/${index.slug}${draftOnly ? "?version=draft" : ""}`}
                          inherit
                        >
                          {index.name}
                        </Anchor>
                      </Title>
                      {index.description ? (
                        <Text c="dimmed" size="sm" lineClamp={3}>
                          {index.description}
                        </Text>
                      ) : null}
                      <Text size="sm">
                        {t("indices.unitsCount", { count: index.units })}
                        {" · "}
                        {index.publishedAt
                          ? t("indices.publishedOn", { date: format.date(index.publishedAt) })
                          : t("indices.notPublished")}
                      </Text>
                    </Stack>
                  </Card>
                );
              })}
            </SimpleGrid>
          )
        }
      </QueryState>
    </PageContainer>
  );
}
