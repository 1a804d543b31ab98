import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Image,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBuildingBank, IconEdit, IconExternalLink, IconMapPin } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { OrganizationDetail } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { flagEmoji } from "../../components/countries.ts";
import { KindBadge } from "../../components/kind-badge.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useAreaName } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { BestCounterparts } from "./best-counterparts.tsx";
import { useOrganization } from "./data.ts";
import { OrganizationForm } from "./organization-form.tsx";

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

function OrganizationProfile({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const areaName = useAreaName();
  const navigate = useNavigate();
  const [editing, { open, close }] = useDisclosure(false);

  return (
    <>
      <PageHeader
        eyebrow={t(`kinds.${organization.kind}`)}
        title={
          <Group gap="md" wrap="nowrap" component="span">
            {organization.logoUrl ? (
              <Image src={organization.logoUrl} alt="" w={48} h={48} radius="md" fit="contain" />
            ) : null}
            <span>{organization.name}</span>
          </Group>
        }
        documentTitle={organization.name}
        actions={
          organization.canEdit ? (
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
              <Title order={2} size="h4" mb="sm">
                {t("organization.about")}
              </Title>
              {organization.description ? (
                <Text className="cm-prose">{organization.description}</Text>
              ) : (
                <Text c="dimmed">{t("organization.noDescription")}</Text>
              )}
              {organization.domains.length > 0 ? (
                <>
                  <Text fw={600} size="sm" mt="lg" mb={6}>
                    {t("organization.domains")}
                  </Text>
                  <Group gap={6}>
                    {organization.domains.map((domain) => (
                      <Badge key={domain} variant="light" color="dusk" tt="none" size="md">
                        {areaName(domain)}
                      </Badge>
                    ))}
                  </Group>
                </>
              ) : null}
            </Card>
            <Card p={0}>
              <Title order={2} size="h4" p="lg" pb="sm">
                {t("organization.members")}
              </Title>
              {organization.members.length === 0 ? (
                <Text c="dimmed" px="lg" pb="lg">
                  {t("organization.noMembers")}
                </Text>
              ) : (
                <div className="cm-table-scroll">
                  <Table verticalSpacing="sm" horizontalSpacing="lg">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("fields.personName")}</Table.Th>
                        <Table.Th>{t("fields.title")}</Table.Th>
                        <Table.Th>{t("fields.role")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {organization.members.map((member) => (
                        <Table.Tr key={member.id}>
                          <Table.Td>
                            <Group gap="sm" wrap="nowrap">
                              <Avatar size={30} radius="xl" color="dusk" name={member.name} />
                              <Text fw={600} size="sm">
                                {member.name}
                              </Text>
                            </Group>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{member.title ?? "—"}</Text>
                          </Table.Td>
                          <Table.Td>
                            {member.role ? (
                              <Badge
                                variant={member.role === "admin" ? "filled" : "light"}
                                color="civic"
                              >
                                {t(`orgRoles.${member.role}`)}
                              </Badge>
                            ) : null}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              )}
            </Card>
            <BestCounterparts idOrSlug={organization.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card>
              <Stack gap="md">
                <div>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                    {t("fields.kind")}
                  </Text>
                  <KindBadge kind={organization.kind} mt={4} />
                </div>
                <div>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                    {t("organization.location")}
                  </Text>
                  <Group gap={6} mt={4} wrap="nowrap">
                    <IconMapPin size={16} aria-hidden />
                    <Text size="sm">
                      {organization.city ? (
                        <Anchor component={Link} to={`/cities/${organization.city.slug}`}>
                          {organization.city.name}
                        </Anchor>
                      ) : (
                        organization.cityName
                      )}
                      {organization.city || organization.cityName ? ", " : ""}
                      <span aria-hidden="true">{flagEmoji(organization.country)} </span>
                      {format.country(organization.country)}
                    </Text>
                  </Group>
                </div>
                {organization.website ? (
                  <div>
                    <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                      {t("fields.website")}
                    </Text>
                    <Anchor
                      href={organization.website}
                      target="_blank"
                      rel="noopener noreferrer"
                      size="sm"
                    >
                      <Group gap={4} component="span" wrap="nowrap">
                        {hostOf(organization.website)}
                        <IconExternalLink size={14} aria-hidden />
                      </Group>
                    </Anchor>
                  </div>
                ) : null}
              </Stack>
            </Card>
            {organization.representsCity ? (
              <Card bg="civic.0" style={{ borderColor: "var(--mantine-color-civic-2)" }}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <IconBuildingBank size={22} aria-hidden color="var(--mantine-color-civic-8)" />
                  <div>
                    <Text size="sm">{t("organization.represents")}</Text>
                    <Anchor
                      component={Link}
                      to={`/cities/${organization.representsCity.slug}`}
                      fw={700}
                    >
                      {organization.representsCity.name}
                    </Anchor>
                  </div>
                </Group>
              </Card>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal
        opened={editing}
        onClose={close}
        title={t("organization.editTitle", { name: organization.name })}
        size="lg"
      >
        <OrganizationForm
          organization={organization}
          onCancel={close}
          onDone={(saved) => {
            close();
            if (saved.slug !== organization.slug)
              void navigate(`/organizations/${saved.slug}`, { replace: true });
          }}
        />
      </Modal>
    </>
  );
}

export function OrganizationPage() {
  const { slug } = useParams();
  const organization = useOrganization(slug);
  return (
    <PageContainer>
      <QueryState query={organization}>
        {(data) => <OrganizationProfile organization={data} />}
      </QueryState>
    </PageContainer>
  );
}
