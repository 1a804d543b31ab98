import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconBuildingSkyscraper,
  IconDownload,
  IconEdit,
  IconFlag,
  IconListNumbers,
  IconPrinter,
  IconSend,
  IconTrash,
  IconWorld,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Challenge, ChallengeListDetail } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { flagEmoji } from "../../components/countries.ts";
import { DomainBadges, StageBadge } from "../../components/item-badges.tsx";
import { StatusBadge } from "../../components/kind-badge.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useFormat } from "../../components/use-format.ts";
import { listCsvUrl, useList } from "./data.ts";
import { CountryChart, DomainChart } from "./list-charts.tsx";
import { useListHeadline } from "./lists-page.tsx";
import { useDeleteList, usePublishList } from "./mutations.ts";

/** A headline figure; compact enough for three side by side on a phone. */
function ListFigure({
  label,
  value,
  icon,
  color,
}: {
  label: string;
  value: string;
  icon: ReactNode;
  color: string;
}) {
  return (
    <Paper withBorder p={{ base: "sm", sm: "lg" }} radius="lg" shadow="xs">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed" fw={600}>
            {label}
          </Text>
          <Text
            fz={{ base: 24, sm: 30 }}
            fw={750}
            lh={1.2}
            mt={4}
            style={{ fontVariantNumeric: "tabular-nums" }}
          >
            {value}
          </Text>
        </div>
        <ThemeIcon size={44} radius="md" variant="light" color={color} aria-hidden visibleFrom="sm">
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}

function ListItem({ position, challenge }: { position: number; challenge: Challenge }) {
  const { t } = useTranslation();
  const format = useFormat();
  const budget = format.moneyRange(challenge.budget, true);
  return (
    <Paper withBorder p="md" radius="lg" component="li" data-testid="list-item">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Text
          fw={800}
          fz={22}
          c="civic.8"
          miw={40}
          ta="right"
          style={{ fontVariantNumeric: "tabular-nums" }}
          aria-hidden
        >
          {position}
        </Text>
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Anchor
            component={Link}
            to={`/challenges/${challenge.slug}`}
            fw={700}
            c="dark.8"
            lh={1.3}
            style={{ overflowWrap: "anywhere" }}
          >
            {challenge.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            <span aria-hidden="true">{flagEmoji(challenge.organization.country)} </span>
            {[challenge.city?.name, format.country(challenge.organization.country)]
              .filter(Boolean)
              .join(", ")}
            {" · "}
            {challenge.organization.name}
          </Text>
          {challenge.summary ? (
            <Text size="sm" c="dark.4" lineClamp={2}>
              {challenge.summary}
            </Text>
          ) : null}
          <Group gap={6}>
            <StageBadge stage={challenge.stage} size="sm" />
            {budget ? (
              <Badge variant="light" color="yellow" tt="none" size="sm">
                {budget}
              </Badge>
            ) : null}
            {challenge.deadline ? (
              <Badge variant="light" color="gray" tt="none" size="sm">
                {t("lists.deadline", { date: format.day(challenge.deadline) })}
              </Badge>
            ) : null}
            <DomainBadges domains={challenge.domains} max={3} />
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

function CuratorActions({ list }: { list: ChallengeListDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const publish = usePublishList();
  const remove = useDeleteList();
  const [publishing, publishModal] = useDisclosure(false);
  const [deleting, deleteModal] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        component={Link}
        to={`/lists/${list.slug}/edit`}
        leftSection={<IconEdit size={16} aria-hidden />}
      >
        {t("lists.edit")}
      </Button>
      {list.status === "draft" ? (
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={publishModal.open}>
          {t("lists.publish")}
        </Button>
      ) : null}
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={deleteModal.open}
      >
        {t("common.delete")}
      </Button>
      <ConfirmModal
        opened={publishing}
        title={t("lists.publishTitle")}
        message={t("lists.publishConfirm", { title: list.title })}
        confirmLabel={t("lists.publish")}
        loading={publish.isPending}
        error={publish.error}
        onClose={() => {
          publish.reset();
          publishModal.close();
        }}
        onConfirm={() =>
          publish.mutate(list.id, {
            onSuccess: () => {
              publishModal.close();
              notifications.show({ color: "civic", message: t("lists.published") });
            },
          })
        }
      />
      <ConfirmModal
        opened={deleting}
        title={t("lists.deleteTitle")}
        message={t("lists.deleteConfirm", { title: list.title })}
        confirmLabel={t("common.delete")}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          deleteModal.close();
        }}
        onConfirm={() =>
          remove.mutate(list.id, {
            onSuccess: () => {
              deleteModal.close();
              notifications.show({ color: "civic", message: t("common.deleted") });
              void navigate("/lists", { replace: true });
            },
          })
        }
      />
    </>
  );
}

function ListView({ list }: { list: ChallengeListDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headline = useListHeadline();
  return (
    <>
      <PageHeader
        eyebrow={list.event?.name ?? t("lists.eyebrow")}
        title={list.title}
        documentTitle={list.title}
        description={
          <Group gap="sm" component="span">
            <Text span fz={{ base: 20, sm: 24 }} fw={700} c="civic.8" data-testid="list-headline">
              {headline(list.stats)}
            </Text>
            {list.status === "draft" ? <StatusBadge status="draft" /> : null}
            {list.publishedOn ? (
              <Text span c="dimmed" size="sm">
                {t("lists.publishedOn", { date: format.day(list.publishedOn) })}
              </Text>
            ) : null}
          </Group>
        }
        actions={
          <>
            <Button
              component="a"
              href={listCsvUrl(list.slug)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t("lists.downloadCsv")}
            </Button>
            <Button
              component={Link}
              to={`/lists/${list.slug}/print`}
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t("lists.print")}
            </Button>
            {list.canEdit ? <CuratorActions list={list} /> : null}
          </>
        }
      />
      <SimpleGrid cols={3} spacing={{ base: "xs", sm: "md" }} mb="xl" data-testid="list-stats">
        <ListFigure
          label={t("lists.statDemands")}
          value={format.integer(list.stats.demands)}
          icon={<IconListNumbers size={24} />}
          color="civic"
        />
        <ListFigure
          label={t("lists.statCities")}
          value={format.integer(list.stats.cities)}
          icon={<IconBuildingSkyscraper size={24} />}
          color="dusk"
        />
        <ListFigure
          label={t("lists.statCountries")}
          value={format.integer(list.stats.countries)}
          icon={<IconWorld size={24} />}
          color="orange"
        />
      </SimpleGrid>
      <Grid gap="lg" mb="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg" h="100%">
            {list.intro ? (
              <Card>
                <Title order={2} size="h4" mb="sm">
                  {t("lists.about")}
                </Title>
                <Text className="cm-prose">{list.intro}</Text>
              </Card>
            ) : null}
            {list.priorityAreas.length > 0 ? (
              <Card>
                <Group gap="sm" mb="sm">
                  <IconFlag size={20} aria-hidden color="var(--mantine-color-civic-7)" />
                  <Title order={2} size="h5">
                    {t("lists.priorityAreas")}
                  </Title>
                </Group>
                <DomainBadges domains={list.priorityAreas} size="lg" />
              </Card>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <DomainChart list={list} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <CountryChart list={list} />
        </Grid.Col>
      </Grid>
      <Title order={2} size="h3" mb="md">
        {t("lists.demandsTitle")}
      </Title>
      {list.items.length === 0 ? (
        <Text c="dimmed">{t("lists.noItems")}</Text>
      ) : (
        <Stack
          gap="sm"
          component="ol"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
          data-testid="list-items"
        >
          {list.items.map((item) => (
            <ListItem key={item.challenge.id} position={item.position} challenge={item.challenge} />
          ))}
        </Stack>
      )}
    </>
  );
}

export function ListPage() {
  const { slug } = useParams();
  const list = useList(slug);
  return (
    <PageContainer>
      <QueryState query={list}>{(data) => <ListView list={data} />}</QueryState>
    </PageContainer>
  );
}
