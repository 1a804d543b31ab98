import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  MultiSelect,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconArrowDown,
  IconArrowUp,
  IconInfoCircle,
  IconPlus,
  IconSearch,
  IconX,
} from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api } from "../../app/api.ts";
import type {
  ChallengeListDetail,
  ChallengeListInput,
  CityEvent,
  Me,
  Page,
  SearchResult,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { flagEmoji } from "../../components/countries.ts";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { FormSection } from "../../components/item-form.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useAreaOptions } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { useList } from "./data.ts";
import { isCurator } from "./lists-page.tsx";
import { useSaveList } from "./mutations.ts";

interface PickedChallenge {
  id: string;
  title: string;
  organizationName: string;
  country: string;
}

interface ListFormValues {
  eventId: string | null;
  title: string;
  intro: string;
  priorityAreas: string[];
}

/** Editions the reader may curate: their own as organizer, every edition for admins. */
function useCuratedEvents(me: Me) {
  const events = useQuery({
    queryKey: ["events", "curated"],
    queryFn: ({ signal }) =>
      api.get<Page<CityEvent>>("/events", { sort: "-startsOn", limit: 100 }, signal),
    enabled: me.platformAdmin,
  });
  if (!me.platformAdmin)
    return me.organizerOf.map((event) => ({ value: event.id, label: event.name }));
  return (events.data?.items ?? []).map((event) => ({ value: event.id, label: event.name }));
}

function ChallengePicker({
  picked,
  onAdd,
}: {
  picked: PickedChallenge[];
  onAdd: (challenge: PickedChallenge) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text, 300);
  const found = useQuery({
    queryKey: ["picker", "list-challenges", debounced.trim()],
    queryFn: ({ signal }) =>
      api.get<SearchResult>(
        "/search",
        { type: "challenge", q: debounced.trim() || undefined, limit: 20 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const pickedIds = new Set(picked.map((challenge) => challenge.id));
  return (
    <Card>
      <Title order={2} size="h5" mb="xs">
        {t("listEditor.findChallenges")}
      </Title>
      <TextInput
        type="search"
        label={t("listEditor.searchLabel")}
        placeholder={t("listEditor.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        data-testid="list-picker-search"
      />
      <Text size="xs" c="dimmed" mt={6} aria-live="polite">
        {found.data
          ? t("search.resultsCount", {
              count: found.data.total,
              formatted: format.integer(found.data.total),
            })
          : " "}
      </Text>
      <ScrollArea.Autosize mah={420} mt="xs" type="auto" scrollbars="y" offsetScrollbars="y">
        <Stack gap={6} data-testid="list-picker-results">
          {(found.data?.items ?? []).map((hit) => {
            const added = pickedIds.has(hit.id);
            return (
              <Paper key={hit.id} withBorder p="xs" radius="md">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} lineClamp={2}>
                      {hit.title}
                    </Text>
                    <Text size="xs" c="dimmed" truncate="end">
                      <span aria-hidden="true">{flagEmoji(hit.country)} </span>
                      {format.country(hit.country)} · {hit.organization.name}
                    </Text>
                  </div>
                  <Button
                    size="xs"
                    style={{ flexShrink: 0 }}
                    variant={added ? "subtle" : "light"}
                    disabled={added}
                    leftSection={added ? null : <IconPlus size={14} aria-hidden />}
                    onClick={() =>
                      onAdd({
                        id: hit.id,
                        title: hit.title,
                        organizationName: hit.organization.name,
                        country: hit.country,
                      })
                    }
                    aria-label={
                      added
                        ? t("listEditor.alreadyAdded", { title: hit.title })
                        : t("listEditor.addNamed", { title: hit.title })
                    }
                  >
                    {added ? t("listEditor.added") : t("listEditor.add")}
                  </Button>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
    </Card>
  );
}

function ListEditor({ list, me }: { list: ChallengeListDetail | null; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const save = useSaveList();
  const areaOptions = useAreaOptions();
  const events = useCuratedEvents(me);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState("");
  const [picked, setPicked] = useState<PickedChallenge[]>(
    (list?.items ?? []).map(({ challenge }) => ({
      id: challenge.id,
      title: challenge.title,
      organizationName: challenge.organization.name,
      country: challenge.organization.country,
    })),
  );
  const rowRefs = useRef(new Map<string, HTMLDivElement>());

  const form = useForm<ListFormValues>({
    initialValues: {
      eventId: list?.event?.id ?? me.organizerOf[0]?.id ?? null,
      title: list?.title ?? "",
      intro: list?.intro ?? "",
      priorityAreas: list?.priorityAreas ?? [],
    },
    validate: {
      eventId: (value) => (list || value ? null : t("validation.required")),
      title: (value) =>
        value.trim().length < 3
          ? t("validation.minLength", { min: 3 })
          : value.trim().length > 200
            ? t("validation.maxLength", { max: 200 })
            : null,
    },
  });

  // Moving a row keeps the keyboard on the same button, and says where the row went.
  const move = (index: number, by: -1 | 1, direction: "up" | "down") => {
    const target = index + by;
    const row = picked[index];
    if (!row || target < 0 || target >= picked.length) return;
    const next = [...picked];
    next.splice(index, 1);
    next.splice(target, 0, row);
    setPicked(next);
    setAnnouncement(
      t("listEditor.moved", { title: row.title, position: target + 1, total: next.length }),
    );
    requestAnimationFrame(() => {
      const button = rowRefs.current
        .get(row.id)
        ?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]:not(:disabled)`);
      (button ?? rowRefs.current.get(row.id)?.querySelector<HTMLButtonElement>("button"))?.focus();
    });
  };

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const input: ChallengeListInput = {
      title: values.title.trim(),
      intro: values.intro,
      priorityAreas: values.priorityAreas,
      challengeIds: picked.map((challenge) => challenge.id),
    };
    if (!list) input.eventId = values.eventId;
    save.mutate(
      { id: list?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "civic", message: t("common.saved") });
          void navigate(`/lists/${saved.slug}`, { replace: Boolean(list) });
        },
        onError: (error) => {
          if (!applyServerErrors(form, error)) setGeneralError(error);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {generalError ? <ErrorAlert error={generalError} /> : null}
        {list?.status === "published" ? (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
            {t("listEditor.publishedHint")}
          </Alert>
        ) : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <FormSection title={t("listEditor.about")}>
                {list ? null : (
                  <Select
                    label={t("listEditor.edition")}
                    required
                    data={events}
                    allowDeselect={false}
                    searchable
                    nothingFoundMessage={t("common.noResults")}
                    {...form.getInputProps("eventId")}
                  />
                )}
                <TextInput
                  label={t("fields.itemTitle")}
                  required
                  maxLength={200}
                  {...form.getInputProps("title")}
                />
                <Textarea
                  label={t("listEditor.intro")}
                  description={t("listEditor.introHint")}
                  autosize
                  minRows={4}
                  maxRows={14}
                  {...form.getInputProps("intro")}
                />
                <MultiSelect
                  label={t("lists.priorityAreas")}
                  data={areaOptions}
                  clearable
                  {...form.getInputProps("priorityAreas")}
                />
              </FormSection>
              <ChallengePicker
                picked={picked}
                onAdd={(challenge) => {
                  setPicked((current) => [...current, challenge]);
                  setAnnouncement(
                    t("listEditor.addedAt", {
                      title: challenge.title,
                      position: picked.length + 1,
                    }),
                  );
                }}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card>
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  {t("listEditor.onTheList")}
                </Title>
                <Badge variant="light" size="lg" data-testid="list-editor-count">
                  {format.integer(picked.length)}
                </Badge>
              </Group>
              <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
              {picked.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t("listEditor.empty")}
                </Text>
              ) : (
                <Stack
                  gap={6}
                  component="ol"
                  style={{ listStyle: "none", padding: 0, margin: 0 }}
                  data-testid="list-editor-items"
                >
                  {picked.map((challenge, index) => (
                    <Paper
                      key={challenge.id}
                      component="li"
                      withBorder
                      p="xs"
                      radius="md"
                      ref={(node: HTMLLIElement | null) => {
                        if (node)
                          rowRefs.current.set(challenge.id, node as unknown as HTMLDivElement);
                        else rowRefs.current.delete(challenge.id);
                      }}
                    >
                      <Group wrap="nowrap" gap="sm">
                        <Text
                          fw={800}
                          c="civic.8"
                          miw={28}
                          ta="right"
                          style={{ fontVariantNumeric: "tabular-nums" }}
                        >
                          {index + 1}
                        </Text>
                        <div style={{ minWidth: 0, flex: 1 }}>
                          <Text size="sm" fw={600} lineClamp={2}>
                            {challenge.title}
                          </Text>
                          <Text size="xs" c="dimmed" truncate="end">
                            <span aria-hidden="true">{flagEmoji(challenge.country)} </span>
                            {format.country(challenge.country)} · {challenge.organizationName}
                          </Text>
                        </div>
                        <Group gap={2} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            data-move="up"
                            disabled={index === 0}
                            onClick={() => move(index, -1, "up")}
                            aria-label={t("listEditor.moveUp", { title: challenge.title })}
                          >
                            <IconArrowUp size={16} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            data-move="down"
                            disabled={index === picked.length - 1}
                            onClick={() => move(index, 1, "down")}
                            aria-label={t("listEditor.moveDown", { title: challenge.title })}
                          >
                            <IconArrowDown size={16} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => {
                              setPicked((current) => current.filter((c) => c.id !== challenge.id));
                              setAnnouncement(t("listEditor.removed", { title: challenge.title }));
                            }}
                            aria-label={t("listEditor.remove", { title: challenge.title })}
                          >
                            <IconX size={16} aria-hidden />
                          </ActionIcon>
                        </Group>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              )}
            </Card>
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={list ? `/lists/${list.slug}` : "/lists"}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {list ? t("common.save") : t("listEditor.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NotCurator() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
      {t("listEditor.notCurator")}
    </Alert>
  );
}

export function ListNewPage() {
  const { t } = useTranslation();
  return (
    <SignedIn>
      {(me) =>
        isCurator(me) ? (
          <PageContainer>
            <PageHeader eyebrow={t("lists.eyebrow")} title={t("lists.new")} />
            <ListEditor list={null} me={me} />
          </PageContainer>
        ) : (
          <PageContainer>
            <NotCurator />
          </PageContainer>
        )
      }
    </SignedIn>
  );
}

export function ListEditPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const list = useList(slug);
  return (
    <SignedIn>
      {(me) => (
        <PageContainer>
          <QueryState query={list}>
            {(data) =>
              data.canEdit ? (
                <>
                  <PageHeader
                    eyebrow={data.event?.name ?? t("lists.eyebrow")}
                    title={t("lists.editNamed", { title: data.title })}
                    documentTitle={t("lists.editNamed", { title: data.title })}
                  />
                  <ListEditor key={data.updatedAt} list={data} me={me} />
                </>
              ) : (
                <NotCurator />
              )
            }
          </QueryState>
        </PageContainer>
      )}
    </SignedIn>
  );
}
