import {
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { useDisclosure, useInterval } from "@mantine/hooks";
import {
  IconBuildingBank,
  IconClock,
  IconEdit,
  IconMapPin,
  IconUsers,
  IconWorld,
} from "@tabler/icons-react";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { CityDetail } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { flagEmoji } from "../../components/countries.ts";
import { EventList } from "../../components/event-list.tsx";
import { KindBadge } from "../../components/kind-badge.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useFormat } from "../../components/use-format.ts";
import { WorldMap } from "../../components/world-map.tsx";
import { CityIndicesCard } from "../indices/city-indices-card.tsx";
import { CityForm } from "./city-form.tsx";
import { useCity } from "./data.ts";

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" size={38} radius="md" aria-hidden>
        {icon}
      </ThemeIcon>
      <div style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.04em" }}>
          {label}
        </Text>
        <Text fw={600} style={{ overflowWrap: "anywhere" }} component="div">
          {children}
        </Text>
      </div>
    </Group>
  );
}

function Coordinates({ latitude, longitude }: { latitude: number; longitude: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3 });
  const lat = { value: number.format(Math.abs(latitude)) };
  const lon = { value: number.format(Math.abs(longitude)) };
  return (
    <>
      {latitude >= 0 ? t("city.north", lat) : t("city.south", lat)},{" "}
      {longitude >= 0 ? t("city.east", lon) : t("city.west", lon)}
    </>
  );
}

function LocalTime({ timeZone }: { timeZone: string }) {
  const format = useFormat();
  const [now, setNow] = useState(() => new Date());
  const interval = useInterval(() => setNow(new Date()), 20_000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: start once, stop on unmount
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, []);
  return <>{format.timeIn(timeZone, now)}</>;
}

function CityProfile({ city }: { city: CityDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, { open, close }] = useDisclosure(false);
  const point = useMemo(
    () => [
      {
        id: city.slug,
        name: city.name,
        longitude: city.longitude,
        latitude: city.latitude,
        weight: 1,
        highlighted: true,
      },
    ],
    [city],
  );
  const focus = useMemo(
    () => ({ longitude: city.longitude, latitude: city.latitude, zoom: 4 }),
    [city.longitude, city.latitude],
  );
  const otherOrganizations = city.organizations.filter((o) => o.id !== city.organization?.id);

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <span aria-hidden="true">{flagEmoji(city.country)} </span>
            {format.country(city.country)}
          </>
        }
        title={city.name}
        description={[city.province, t(`continents.${city.continent}`)].filter(Boolean).join(" · ")}
        actions={
          city.canEdit ? (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} aria-hidden />}
              onClick={open}
            >
              {t("common.edit")}
            </Button>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card>
              <Title order={2} size="h4" mb="md">
                {t("city.atAGlance")}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="lg">
                <Fact icon={<IconUsers size={20} />} label={t("city.population")}>
                  {format.integer(city.population)}
                </Fact>
                <Fact icon={<IconWorld size={20} />} label={t("city.country")}>
                  <span aria-hidden="true">{flagEmoji(city.country)} </span>
                  {format.country(city.country)} · {t(`continents.${city.continent}`)}
                </Fact>
                <Fact icon={<IconMapPin size={20} />} label={t("city.coordinates")}>
                  <Coordinates latitude={city.latitude} longitude={city.longitude} />
                </Fact>
                <Fact icon={<IconClock size={20} />} label={t("city.localTime")}>
                  <LocalTime timeZone={city.timeZone} />
                  <Text size="sm" c="dimmed" fw={400}>
                    {city.timeZone}
                  </Text>
                </Fact>
              </SimpleGrid>
            </Card>

            <Card>
              <Title order={2} size="h4" mb="md">
                {t("city.organizations")}
              </Title>
              {otherOrganizations.length === 0 ? (
                <Text c="dimmed">{t("city.noOrganizations")}</Text>
              ) : (
                <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {otherOrganizations.map((organization) => (
                    <Group
                      key={organization.id}
                      component="li"
                      justify="space-between"
                      wrap="nowrap"
                    >
                      <Anchor component={Link} to={`/organizations/${organization.slug}`} fw={600}>
                        {organization.name}
                      </Anchor>
                      <KindBadge kind={organization.kind} />
                    </Group>
                  ))}
                </Stack>
              )}
            </Card>

            <Card>
              <Title order={2} size="h4" mb="md">
                {t("city.events")}
              </Title>
              {city.events.length === 0 ? (
                <Text c="dimmed">{t("city.noEvents")}</Text>
              ) : (
                <EventList events={city.events} />
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card p={0} style={{ overflow: "hidden" }}>
              <WorldMap
                points={point}
                height={260}
                focus={focus}
                roam={false}
                label={t("city.mapLabel", { name: city.name })}
                testId="city-map"
              />
            </Card>
            <CityIndicesCard citySlug={city.slug} />
            <Card>
              <Group gap="sm" mb="sm">
                <ThemeIcon variant="light" color="civic" aria-hidden>
                  <IconBuildingBank size={18} />
                </ThemeIcon>
                <Title order={2} size="h5">
                  {t("city.government")}
                </Title>
              </Group>
              {city.organization ? (
                <Anchor component={Link} to={`/organizations/${city.organization.slug}`} fw={600}>
                  {city.organization.name}
                </Anchor>
              ) : (
                <Text c="dimmed" size="sm">
                  {t("city.noGovernment")}
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal
        opened={editing}
        onClose={close}
        title={t("city.editTitle", { name: city.name })}
        size="lg"
      >
        <CityForm city={city} onDone={close} onCancel={close} />
      </Modal>
    </>
  );
}

export function CityPage() {
  const { slug } = useParams();
  const city = useCity(slug);
  return (
    <PageContainer>
      <QueryState query={city}>{(data) => <CityProfile city={data} />}</QueryState>
    </PageContainer>
  );
}
