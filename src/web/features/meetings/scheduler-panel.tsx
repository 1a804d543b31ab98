import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NumberInput,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconArrowsMove,
  IconCalendarCheck,
  IconChartBar,
  IconPlayerPlay,
  IconPlayerStop,
  IconSend,
  IconTrash,
  IconTrophy,
} from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  MeetingProgramme,
  PublishResult,
  ScheduleRun,
  ScheduleRunResult,
} from "../../app/api-types.ts";
import { EChart } from "../../components/echart.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { SortableTh } from "../../components/sortable-th.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useScheduleRun, useScheduleRuns } from "./data.ts";
import { ResultStatusBadge, RunStatusBadge, useSlotFormat } from "./meeting-parts.tsx";
import { usePublishRun, useRunAction, useStartRun } from "./mutations.ts";

function RunForm({
  eventId,
  programme,
  disabled,
  onStarted,
}: {
  eventId: string;
  programme: MeetingProgramme;
  disabled: boolean;
  onStarted: (run: ScheduleRun) => void;
}) {
  const { t } = useTranslation();
  const start = useStartRun(eventId);
  const [timeLimit, setTimeLimit] = useState<number | string>(10);
  const [fairness, setFairness] = useState<number | string>(programme.fairness ?? "");
  const [keepPublished, setKeepPublished] = useState(true);
  return (
    <Card component="section" aria-labelledby="run-form">
      <Title order={2} size="h4" id="run-form" mb="xs">
        {t("meetings.scheduler.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md" maw={760}>
        {t("meetings.scheduler.hint")}
      </Text>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NumberInput
          label={t("meetings.scheduler.timeLimit")}
          min={1}
          max={600}
          allowDecimal={false}
          value={timeLimit}
          onChange={setTimeLimit}
          w={180}
        />
        <NumberInput
          label={t("meetings.programme.fairness")}
          description={t("meetings.scheduler.fairnessHint")}
          min={0}
          max={100}
          allowDecimal={false}
          value={fairness}
          onChange={setFairness}
          w={240}
        />
        <Checkbox
          label={t("meetings.scheduler.keepPublished")}
          description={t("meetings.scheduler.keepPublishedHint")}
          checked={keepPublished}
          onChange={(event) => setKeepPublished(event.currentTarget.checked)}
          maw={340}
          mb={4}
        />
        <Button
          leftSection={<IconPlayerPlay size={16} aria-hidden />}
          loading={start.isPending}
          disabled={disabled}
          onClick={() =>
            start.mutate(
              {
                timeLimitSeconds: Number(timeLimit) || 10,
                fairness: fairness === "" ? null : Number(fairness),
                keepPublished,
              },
              { onSuccess: onStarted },
            )
          }
        >
          {t("meetings.scheduler.run")}
        </Button>
      </Group>
      {start.isError ? (
        <Stack mt="md">
          <ErrorAlert error={start.error} />
        </Stack>
      ) : null}
    </Card>
  );
}

function RunProgress({ run }: { run: ScheduleRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cancel = useRunAction();
  const progress = run.progress ?? {
    seconds: 0,
    placed: 0,
    unscheduled: 0,
    breaks: 0,
    lowerBound: 0,
  };
  const share = Math.min(100, (progress.seconds / Math.max(1, run.timeLimitSeconds)) * 100);
  return (
    <Card component="section" aria-labelledby="run-progress" data-testid="run-progress">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h4" id="run-progress">
            {t("meetings.scheduler.running")}
          </Title>
          <RunStatusBadge status={run.status} />
        </Group>
        <Button
          color="red"
          variant="light"
          leftSection={<IconPlayerStop size={16} aria-hidden />}
          loading={cancel.isPending}
          onClick={() => cancel.mutate({ id: run.id, action: "cancel" })}
        >
          {t("meetings.scheduler.cancel")}
        </Button>
      </Group>
      <Progress
        value={share}
        size="xl"
        animated
        aria-label={t("meetings.scheduler.progressLabel", {
          seconds: format.decimal(progress.seconds),
          limit: run.timeLimitSeconds,
        })}
      />
      <Text size="sm" c="dimmed" mt={6}>
        {t("meetings.scheduler.progressLabel", {
          seconds: format.decimal(progress.seconds),
          limit: run.timeLimitSeconds,
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md" spacing="sm">
        {(
          [
            ["placed", progress.placed],
            ["unscheduled", progress.unscheduled],
            ["breaks", progress.breaks],
            ["lowerBound", progress.lowerBound],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t(`meetings.scheduler.${key}`)}
            </Text>
            <Text
              fz={24}
              fw={700}
              style={{ fontVariantNumeric: "tabular-nums" }}
              data-testid={`progress-${key}`}
            >
              {format.integer(value)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {cancel.isError ? <ErrorAlert error={cancel.error} /> : null}
    </Card>
  );
}

type BreakSort = "name" | "-name" | "breaks" | "-breaks";

function BreaksTable({ rows }: { rows: ScheduleRunResult["breaks"]["byParticipant"] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<BreakSort>("-breaks");
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage);
    const by = sort.replace(/^-/, "");
    const direction = sort.startsWith("-") ? -1 : 1;
    return [...rows].sort(
      (a, b) =>
        direction * (by === "name" ? collator.compare(a.name, b.name) : a.breaks - b.breaks) ||
        collator.compare(a.name, b.name),
    );
  }, [rows, sort, i18n.resolvedLanguage]);
  return (
    <Table.ScrollContainer minWidth={320} mah={360}>
      <Table striped stickyHeader verticalSpacing={4} data-testid="breaks-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" sort={sort} onSort={setSort}>
              {t("meetings.scheduler.person")}
            </SortableTh>
            <SortableTh
              field="breaks"
              sort={sort}
              onSort={setSort}
              firstDirection="desc"
              ta="right"
            >
              {t("meetings.scheduler.breaks")}
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.personId}>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                {format.integer(row.breaks)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TableUseChart({
  result,
  programme,
}: {
  result: ScheduleRunResult;
  programme: MeetingProgramme;
}) {
  const { t } = useTranslation();
  const slotFormat = useSlotFormat();
  const option = useMemo(
    () => ({
      grid: { left: 40, right: 16, top: 24, bottom: 64 },
      tooltip: { trigger: "axis" as const },
      xAxis: {
        type: "category" as const,
        // The day under the first slot of each day only; the rest say their time.
        data: result.tableUse.map((slot, i) =>
          i === 0 || result.tableUse[i - 1]?.day !== slot.day
            ? `${slot.starts}\n${slotFormat.day(slot.day)}`
            : slot.starts,
        ),
        axisLabel: { interval: result.tableUse.length > 16 ? "auto" : 0, fontSize: 10 },
      },
      yAxis: { type: "value" as const, max: programme.tableCount, minInterval: 1 },
      series: [
        {
          type: "bar" as const,
          name: t("meetings.scheduler.tablesUsed"),
          data: result.tableUse.map((slot) => slot.used),
          itemStyle: { color: "#0b817a", borderRadius: [3, 3, 0, 0] },
        },
      ],
    }),
    [result.tableUse, programme.tableCount, slotFormat, t],
  );
  return (
    <EChart
      option={option}
      height={280}
      label={t("meetings.scheduler.tableUseLabel", { tables: programme.tableCount })}
      testId="table-use-chart"
    />
  );
}

function RunResult({ run, programme }: { run: ScheduleRun; programme: MeetingProgramme }) {
  const { t } = useTranslation();
  const format = useFormat();
  const publish = usePublishRun();
  const discard = useRunAction();
  const [outcome, setOutcome] = useState<PublishResult | null>(null);
  const result = run.result;
  if (!result) return null;
  return (
    <Card component="section" aria-labelledby="run-result" data-testid="run-result">
      <Group justify="space-between" mb="md" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} size="h4" id="run-result">
              {t("meetings.scheduler.result")}
            </Title>
            <RunStatusBadge status={run.status} />
            <ResultStatusBadge status={result.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t("meetings.scheduler.resultMeta", {
              seconds: format.decimal(result.seconds),
              started: format.dateTime(run.startedAt),
            })}
          </Text>
        </Stack>
        {run.status === "done" ? (
          <Group gap="sm">
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              loading={discard.isPending}
              onClick={() => discard.mutate({ id: run.id, action: "discard" })}
            >
              {t("meetings.scheduler.discard")}
            </Button>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              loading={publish.isPending}
              onClick={() =>
                publish.mutate(run.id, {
                  onSuccess: (answer) => {
                    setOutcome(answer);
                    notifications.show({
                      color: "civic",
                      message: t("meetings.scheduler.publishedToast"),
                    });
                  },
                })
              }
            >
              {t("meetings.scheduler.publish")}
            </Button>
          </Group>
        ) : null}
      </Group>
      {publish.isError ? <ErrorAlert error={publish.error} /> : null}
      {discard.isError ? <ErrorAlert error={discard.error} /> : null}
      {outcome ? (
        <Alert
          color="green"
          variant="light"
          mb="md"
          data-testid="publish-result"
          icon={<IconCalendarCheck size={18} aria-hidden />}
        >
          {t("meetings.scheduler.publishedSummary", {
            placed: format.integer(outcome.placed),
            moved: format.integer(outcome.moved),
            skipped: format.integer(outcome.skipped),
          })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" mb="lg">
        <StatCard
          label={t("meetings.scheduler.meetingsPlaced")}
          value={`${format.integer(result.placed)} / ${format.integer(result.meetings)}`}
          icon={<IconCalendarCheck size={22} />}
          testId="stat-placed"
        />
        <StatCard
          label={t("meetings.scheduler.breaksTotal")}
          value={format.integer(result.breaks.total)}
          icon={<IconChartBar size={22} />}
          color="dusk"
          testId="stat-breaks"
        />
        <StatCard
          label={t("meetings.scheduler.lowerBound")}
          value={format.integer(result.lowerBound)}
          icon={<IconTrophy size={22} />}
          color={result.status === "optimal" ? "green" : "gray"}
          testId="stat-lower-bound"
        />
        <StatCard
          label={t("meetings.scheduler.moved")}
          value={format.integer(result.moved)}
          icon={<IconArrowsMove size={22} />}
          color="orange"
          testId="stat-moved"
        />
      </SimpleGrid>
      <Text size="sm" mb="lg">
        {result.status === "optimal"
          ? t("meetings.scheduler.optimalNote")
          : result.status === "feasible"
            ? t("meetings.scheduler.feasibleNote", {
                gap: format.integer(result.breaks.total - result.lowerBound),
              })
            : t("meetings.scheduler.infeasibleNote")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t("meetings.scheduler.tableUse")}
          </Title>
          <TableUseChart result={result} programme={programme} />
        </Stack>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t("meetings.scheduler.breaksByPerson")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("meetings.scheduler.breaksRange", {
                max: format.integer(result.breaks.max),
                min: format.integer(result.breaks.min),
              })}
            </Text>
          </Group>
          <BreaksTable rows={result.breaks.byParticipant} />
        </Stack>
      </SimpleGrid>
      <Stack gap="xs" mt="lg">
        <Title order={3} size="h5">
          {t("meetings.scheduler.unscheduledTitle", { count: result.unscheduled.length })}
        </Title>
        {result.unscheduled.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meetings.scheduler.allPlaced")}
          </Text>
        ) : (
          <List size="sm" data-testid="unscheduled-list">
            {result.unscheduled.map((meeting) => (
              <List.Item key={meeting.meetingId}>{meeting.attendees.join(" · ")}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

function RunsTable({
  runs,
  selected,
  onSelect,
}: {
  runs: ScheduleRun[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card component="section" aria-labelledby="past-runs">
      <Title order={2} size="h4" id="past-runs" mb="sm">
        {t("meetings.scheduler.pastRuns")}
      </Title>
      {runs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("meetings.scheduler.noRuns")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="runs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("meetings.scheduler.started")}</Table.Th>
                <Table.Th>{t("meetings.console.status")}</Table.Th>
                <Table.Th ta="right">{t("meetings.scheduler.meetingsPlaced")}</Table.Th>
                <Table.Th ta="right">{t("meetings.scheduler.breaks")}</Table.Th>
                <Table.Th ta="right">{t("meetings.scheduler.timeLimit")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((run) => (
                <Table.Tr key={run.id} bg={run.id === selected ? "civic.0" : undefined}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {format.dateTime(run.startedAt)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <RunStatusBadge status={run.status} />
                      {run.result ? <ResultStatusBadge status={run.result.status} /> : null}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">
                    {run.result
                      ? `${format.integer(run.result.placed)} / ${format.integer(run.result.meetings)}`
                      : "—"}
                  </Table.Td>
                  <Table.Td ta="right">
                    {run.result ? format.integer(run.result.breaks.total) : "—"}
                  </Table.Td>
                  <Table.Td ta="right">{run.timeLimitSeconds}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={run.id === selected}
                      onClick={() => onSelect(run.id)}
                    >
                      {t("meetings.scheduler.show")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

export function SchedulerPanel({
  eventId,
  programme,
}: {
  eventId: string;
  programme: MeetingProgramme;
}) {
  const { t } = useTranslation();
  const runs = useScheduleRuns(eventId);
  const [chosen, setChosen] = useState<string | null>(null);
  // Without a choice: the latest run that is running or waits to be published, else the newest.
  const latest = runs.data?.items.find((run) => run.status === "running" || run.status === "done");
  const selectedId = chosen ?? latest?.id ?? runs.data?.items[0]?.id ?? null;
  const run = useScheduleRun(selectedId);
  const current = run.data;
  const running = (runs.data?.items ?? []).some((item) => item.status === "running");

  return (
    <Stack gap="lg">
      <RunForm
        eventId={eventId}
        programme={programme}
        disabled={running || current?.status === "running"}
        onStarted={(started) => setChosen(started.id)}
      />
      {selectedId && run.isPending ? <Skeleton height={200} /> : null}
      {run.isError ? <ErrorAlert error={run.error} /> : null}
      {current?.status === "running" ? <RunProgress run={current} /> : null}
      {current?.result ? <RunResult key={current.id} run={current} programme={programme} /> : null}
      {current && (current.status === "failed" || current.status === "cancelled") ? (
        <Alert
          color={current.status === "failed" ? "red" : "gray"}
          variant="light"
          title={t(`meetings.runStatuses.${current.status}`)}
          data-testid="run-ended"
        >
          {current.error ?? t("meetings.scheduler.cancelledNote")}
        </Alert>
      ) : null}
      {runs.isPending ? <Skeleton height={120} /> : null}
      {runs.data ? (
        <RunsTable runs={runs.data.items} selected={selectedId} onSelect={setChosen} />
      ) : null}
      {runs.isError ? <ErrorAlert error={runs.error} /> : null}
    </Stack>
  );
}
