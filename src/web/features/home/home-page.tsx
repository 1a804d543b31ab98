import {
  Box,
  Button,
  Card,
  Container,
  Grid,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  useMantineTheme,
} from "@mantine/core";
import { useDocumentTitle, useMediaQuery } from "@mantine/hooks";
import {
  IconArrowRight,
  IconBuildingCommunity,
  IconBuildingSkyscraper,
  IconBulb,
  IconCalendarEvent,
  IconHeartHandshake,
  IconTargetArrow,
  IconUsers,
  IconWorld,
} from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ORGANIZATION_KINDS } from "../../app/api-types.ts";
import { useMe } from "../../app/session.ts";
import { CHART_COLORS } from "../../app/theme.ts";
import { type ChartOption, EChart } from "../../components/echart.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { EventCard } from "../../components/event-card.tsx";
import { KIND_COLORS } from "../../components/kind-badge.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { useFormat } from "../../components/use-format.ts";
import { type MapPoint, WorldMap } from "../../components/world-map.tsx";
import { useFeaturedCities, useLatestEvents, useStats } from "./data.ts";
import { HeroArt } from "./hero-art.tsx";

function Hero() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Box className="cm-hero" py={{ base: 48, sm: 80 }} pb={{ base: 72, sm: 110 }}>
      <Container size="xl" pos="relative" style={{ zIndex: 1 }}>
        <Box
          visibleFrom="md"
          pos="absolute"
          right={0}
          top={-20}
          w={{ md: 400, lg: 480 }}
          h={{ md: 300, lg: 360 }}
        >
          <HeroArt />
        </Box>
        <Stack gap="lg" maw={{ base: "100%", md: 560, lg: 700 }} pos="relative">
          <Text fw={700} tt="uppercase" c="civic.2" size="sm" style={{ letterSpacing: "0.08em" }}>
            {t("home.hero.eyebrow")}
          </Text>
          <Title
            order={1}
            fz={{ base: 32, sm: 50 }}
            lh={1.1}
            c="white"
            style={{ textWrap: "balance" }}
          >
            {t("home.hero.title")}
          </Title>
          <Text fz={{ base: "md", sm: "xl" }} c="rgba(255,255,255,0.86)" maw={640}>
            {t("home.hero.subtitle")}
          </Text>
          <Group gap="sm" mt="sm">
            <Button
              component={Link}
              to="/cities"
              size="md"
              color="yellow.4"
              c="dark.9"
              rightSection={<IconArrowRight size={18} aria-hidden />}
            >
              {t("home.hero.exploreCities")}
            </Button>
            {me.data === null ? (
              <Button component={Link} to="/sign-up" size="md" variant="white" color="dusk.9">
                {t("home.hero.join")}
              </Button>
            ) : (
              <Button component={Link} to="/organizations" size="md" variant="white" color="dusk.9">
                {t("home.hero.findOrganizations")}
              </Button>
            )}
          </Group>
        </Stack>
      </Container>
    </Box>
  );
}

function Figures() {
  const { t } = useTranslation();
  const format = useFormat();
  const stats = useStats();
  if (stats.isError) return <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />;
  const figures = [
    {
      key: "cities",
      label: t("stats.cities"),
      icon: <IconBuildingSkyscraper size={24} />,
      color: "civic",
    },
    { key: "countries", label: t("stats.countries"), icon: <IconWorld size={24} />, color: "dusk" },
    {
      key: "organizations",
      label: t("stats.organizations"),
      icon: <IconBuildingCommunity size={24} />,
      color: "teal",
    },
    { key: "people", label: t("stats.people"), icon: <IconUsers size={24} />, color: "grape" },
    {
      key: "events",
      label: t("stats.events"),
      icon: <IconCalendarEvent size={24} />,
      color: "orange",
    },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" data-testid="stats">
      {figures.map((figure) =>
        stats.data ? (
          <StatCard
            key={figure.key}
            label={figure.label}
            value={format.integer(stats.data[figure.key])}
            icon={figure.icon}
            color={figure.color}
          />
        ) : (
          <Skeleton key={figure.key} height={104} radius="lg" />
        ),
      )}
    </SimpleGrid>
  );
}

function OrganizationsByKind() {
  const { t } = useTranslation();
  const format = useFormat();
  const stats = useStats();
  const navigate = useNavigate();
  const theme = useMantineTheme();
  const byKind = stats.data?.organizationsByKind;
  const rows = useMemo(
    () =>
      ORGANIZATION_KINDS.map((kind) => ({
        kind,
        label: t(`kinds.${kind}`),
        count: byKind?.[kind] ?? 0,
      }))
        .filter((row) => row.count > 0)
        .sort((a, b) => a.count - b.count),
    [byKind, t],
  );
  const option = useMemo<ChartOption>(
    () => ({
      aria: { enabled: true },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", show: false },
      yAxis: {
        type: "category",
        data: rows.map((row) => row.label),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: "#343a40", fontSize: 13 },
      },
      series: [
        {
          type: "bar",
          name: t("home.byKind.series"),
          data: rows.map((row) => ({
            value: row.count,
            itemStyle: {
              // The same colour as the kind's badge elsewhere in the app.
              color: theme.colors[KIND_COLORS[row.kind]]?.[6] ?? CHART_COLORS[0],
              borderRadius: [0, 6, 6, 0],
            },
          })),
          barMaxWidth: 26,
          label: {
            show: true,
            position: "right",
            formatter: (params) =>
              format.integer(Number((params as { value?: unknown }).value ?? 0)),
            color: "#343a40",
            fontWeight: 600,
          },
        },
      ],
    }),
    [rows, t, format, theme],
  );
  return (
    <Card h="100%">
      <Title order={2} size="h4">
        {t("home.byKind.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("home.byKind.subtitle")}
      </Text>
      {stats.isPending ? (
        <Skeleton height={300} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t("home.byKind.empty")}</Text>
      ) : (
        <EChart
          option={option}
          height={Math.max(220, rows.length * 44)}
          label={t("home.byKind.chartLabel", {
            summary: rows.map((row) => `${row.label}: ${row.count}`).join(", "),
          })}
          onClick={(event) => {
            const row = rows.find((r) => r.label === event.name);
            if (row) void navigate(`/organizations?kind=${row.kind}`);
          }}
          testId="kinds-chart"
        />
      )}
    </Card>
  );
}

function CitiesMap() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const cities = useFeaturedCities();
  const isMobile = useMediaQuery("(max-width: 48em)");
  const points = useMemo<MapPoint[]>(
    () =>
      (cities.data?.items ?? []).map((city) => ({
        id: city.slug,
        name: city.name,
        longitude: city.longitude,
        latitude: city.latitude,
        weight: city.population,
        detail: `${format.country(city.country)} · ${t("cities.populationValue", {
          value: format.compact(city.population),
        })}`,
      })),
    [cities.data, format, t],
  );
  return (
    <Card h="100%" p={0} style={{ overflow: "hidden" }}>
      <Group justify="space-between" p="lg" pb={0}>
        <div>
          <Title order={2} size="h4">
            {t("home.map.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("home.map.subtitle")}
          </Text>
        </div>
        <Button
          component={Link}
          to="/cities"
          variant="subtle"
          rightSection={<IconArrowRight size={16} aria-hidden />}
        >
          {t("home.map.all")}
        </Button>
      </Group>
      {cities.isError ? (
        <Box p="lg">
          <ErrorAlert error={cities.error} onRetry={() => void cities.refetch()} />
        </Box>
      ) : (
        <WorldMap
          points={points}
          height={isMobile ? 220 : 340}
          label={t("home.map.label")}
          onPointClick={(slug) => void navigate(`/cities/${slug}`)}
          roam={false}
          testId="home-map"
        />
      )}
    </Card>
  );
}

function LatestEvents() {
  const { t } = useTranslation();
  const events = useLatestEvents();
  const today = new Date().toISOString().slice(0, 10);
  const items = events.data?.items ?? [];
  const upcoming = items
    .filter((event) => event.endsOn >= today)
    .reverse()
    .slice(0, 3);
  const recent = items
    .filter((event) => event.endsOn < today)
    .slice(0, 3 - Math.min(upcoming.length, 2));
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("home.events.title")}
        </Title>
        <Button
          component={Link}
          to="/events"
          variant="subtle"
          rightSection={<IconArrowRight size={16} aria-hidden />}
        >
          {t("home.events.all")}
        </Button>
      </Group>
      {events.isError ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : events.isPending ? (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Skeleton height={130} radius="lg" />
          <Skeleton height={130} radius="lg" />
          <Skeleton height={130} radius="lg" />
        </SimpleGrid>
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("home.events.empty")}</Text>
      ) : (
        <>
          {upcoming.length > 0 ? (
            <>
              <Text fw={700} c="civic.8" size="sm" tt="uppercase">
                {t("home.events.upcoming")}
              </Text>
              <SimpleGrid cols={{ base: 1, md: upcoming.length >= 3 ? 3 : 2 }}>
                {upcoming.map((event) => (
                  <EventCard key={event.id} event={event} />
                ))}
              </SimpleGrid>
            </>
          ) : null}
          {recent.length > 0 ? (
            <>
              <Text fw={700} c="dimmed" size="sm" tt="uppercase" mt="xs">
                {t("home.events.recent")}
              </Text>
              <SimpleGrid cols={{ base: 1, md: recent.length >= 3 ? 3 : 2 }}>
                {recent.map((event) => (
                  <EventCard key={event.id} event={event} />
                ))}
              </SimpleGrid>
            </>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function HowItWorks() {
  const { t } = useTranslation();
  const steps = [
    {
      icon: <IconTargetArrow size={22} />,
      title: t("home.how.challengeTitle"),
      text: t("home.how.challengeText"),
    },
    {
      icon: <IconBulb size={22} />,
      title: t("home.how.solutionTitle"),
      text: t("home.how.solutionText"),
    },
    {
      icon: <IconHeartHandshake size={22} />,
      title: t("home.how.meetTitle"),
      text: t("home.how.meetText"),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
      {steps.map((step) => (
        <Group key={step.title} align="flex-start" wrap="nowrap" gap="md">
          <ThemeIcon size={44} radius="md" variant="light" color="dusk" aria-hidden>
            {step.icon}
          </ThemeIcon>
          <div>
            <Text fw={700}>{step.title}</Text>
            <Text size="sm" c="dimmed">
              {step.text}
            </Text>
          </div>
        </Group>
      ))}
    </SimpleGrid>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("app.documentTitle"));
  return (
    <>
      <Hero />
      <Container size="xl" mt={-48} pos="relative" style={{ zIndex: 2 }}>
        <Stack gap={40}>
          <Figures />
          <HowItWorks />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <CitiesMap />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <OrganizationsByKind />
            </Grid.Col>
          </Grid>
          <LatestEvents />
        </Stack>
      </Container>
    </>
  );
}
