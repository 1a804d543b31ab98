import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  Progress,
  Slider,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconInfoCircle, IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api.ts";
import { MATCH_PARTS, type MatchPart, type MatchWeights } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton, QueryState } from "../../components/query-state.tsx";
import { useFormat } from "../../components/use-format.ts";
import {
  FIT_PARTS,
  sameWeights,
  tunesMatchWeights,
  useMatchWeights,
  weightShares,
} from "./data.ts";
import { usePutMatchWeights } from "./mutations.ts";

type Weights = Record<MatchPart, number>;

const TOPIC_PARTS = MATCH_PARTS.filter((part) => !FIT_PARTS.includes(part));

/** The slider's step: two decimals, as the API keeps them. */
function rounded(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** The issue of one part (`body.weights.text`) or of the weights as a whole (`body.weights`). */
function issuesOf(error: unknown): {
  byPart: Partial<Record<MatchPart, string>>;
  general: string[];
} {
  const byPart: Partial<Record<MatchPart, string>> = {};
  const general: string[] = [];
  if (!(error instanceof ApiError)) return { byPart, general };
  for (const issue of error.issues) {
    const part = issue.path.split(".").at(-1);
    if (part && (MATCH_PARTS as readonly string[]).includes(part)) {
      byPart[part as MatchPart] = issue.message;
    } else {
      general.push(issue.message);
    }
  }
  return { byPart, general };
}

function PartRow({
  part,
  value,
  share,
  defaultValue,
  error,
  onChange,
}: {
  part: MatchPart;
  value: number;
  share: number;
  defaultValue: number;
  error?: string;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = t(`matches.parts.${part}`);
  return (
    <Grid gap="md" align="center" data-testid={`weight-${part}`}>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Text fw={600} size="sm" id={`weight-${part}-name`}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`matchWeights.hints.${part}`)}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 8, sm: 5 }}>
        <Slider
          min={0}
          max={1}
          step={0.01}
          value={value}
          onChange={(next) => onChange(rounded(next))}
          label={(next) => format.decimal(next)}
          marks={[{ value: defaultValue }]}
          color={error ? "red" : "civic"}
          thumbLabel={t("matchWeights.weightOf", { part: name })}
        />
        <Text size="xs" c="dimmed" mt={6}>
          {t("matchWeights.default", { value: format.decimal(defaultValue) })}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 4, sm: 3 }}>
        <Group gap="sm" wrap="nowrap" justify="flex-end">
          <NumberInput
            aria-label={t("matchWeights.weightOf", { part: name })}
            value={value}
            onChange={(next) =>
              onChange(rounded(typeof next === "number" ? next : Number(next) || 0))
            }
            min={0}
            max={1}
            step={0.01}
            decimalScale={2}
            hideControls
            size="xs"
            w={64}
            error={Boolean(error)}
          />
          <Stack gap={2} miw={64}>
            <Text
              size="sm"
              fw={700}
              ta="right"
              style={{ fontVariantNumeric: "tabular-nums" }}
              data-testid={`share-${part}`}
            >
              {format.percent(share)}
            </Text>
            <Progress value={share * 100} size="xs" color="civic" aria-hidden />
          </Stack>
        </Group>
      </Grid.Col>
      {error ? (
        <Grid.Col span={12} pt={0}>
          <Text size="xs" c="red.7" role="alert">
            {error}
          </Text>
        </Grid.Col>
      ) : null}
    </Grid>
  );
}

function WeightsForm({ saved }: { saved: MatchWeights }) {
  const { t } = useTranslation();
  const format = useFormat();
  const put = usePutMatchWeights();
  const [weights, setWeights] = useState<Weights>(saved.weights);
  const [error, setError] = useState<unknown>(null);
  const shares = weightShares(weights);
  const issues = issuesOf(error);
  const changed = !sameWeights(weights, saved.weights);
  const atDefaults = sameWeights(weights, saved.defaults);

  const set = (part: MatchPart, value: number) =>
    setWeights((current) => ({ ...current, [part]: value }));

  const save = () => {
    setError(null);
    put.mutate(weights, {
      onSuccess: (result) => {
        setWeights(result.weights);
        notifications.show({ color: "civic", message: t("matchWeights.saved") });
      },
      onError: setError,
    });
  };

  const section = (title: string, hint: string, parts: readonly MatchPart[]) => (
    <Card component="section" aria-label={title}>
      <Title order={2} size="h4" mb={2}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {hint}
      </Text>
      <Stack gap="lg">
        {parts.map((part) => (
          <PartRow
            key={part}
            part={part}
            value={weights[part]}
            share={shares[part]}
            defaultValue={saved.defaults[part]}
            error={issues.byPart[part]}
            onChange={(value) => set(part, value)}
          />
        ))}
      </Stack>
    </Card>
  );

  return (
    <Stack gap="lg">
      {section(t("matchWeights.topicTitle"), t("matchWeights.topicHint"), TOPIC_PARTS)}
      {section(t("matchWeights.fitTitle"), t("matchWeights.fitHint"), FIT_PARTS)}
      {issues.general.length > 0 ? (
        <Alert color="red" variant="light" data-testid="match-weights-error">
          {issues.general.join(" ")}
        </Alert>
      ) : error && Object.keys(issues.byPart).length === 0 ? (
        <ErrorAlert error={error} />
      ) : null}
      <Card>
        <Group justify="space-between" gap="md" wrap="wrap">
          <Group gap="sm">
            <Text size="sm" c="dimmed" data-testid="match-weights-tuned">
              {saved.updatedAt
                ? t("matchWeights.lastTuned", { date: format.dateTime(saved.updatedAt) })
                : t("matchWeights.neverTuned")}
            </Text>
            {!sameWeights(saved.weights, saved.defaults) ? (
              <Badge variant="light" color="orange" size="sm">
                {t("matchWeights.tunedBadge")}
              </Badge>
            ) : null}
            {changed ? (
              <Badge variant="light" color="blue" size="sm" data-testid="match-weights-unsaved">
                {t("matchWeights.unsaved")}
              </Badge>
            ) : null}
          </Group>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconRestore size={16} aria-hidden />}
              disabled={atDefaults}
              onClick={() => {
                setError(null);
                setWeights(saved.defaults);
              }}
            >
              {t("matchWeights.reset")}
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              loading={put.isPending}
              disabled={!changed}
              onClick={save}
            >
              {t("matchWeights.save")}
            </Button>
          </Group>
        </Group>
      </Card>
    </Stack>
  );
}

function MatchWeightsView() {
  const { t } = useTranslation();
  const weights = useMatchWeights();
  return (
    <>
      <PageHeader
        eyebrow={t("matchWeights.eyebrow")}
        title={t("matchWeights.title")}
        description={t("matchWeights.description")}
      />
      <Alert
        color="blue"
        variant="light"
        icon={<IconInfoCircle size={20} aria-hidden />}
        mb="lg"
        data-testid="match-weights-fit-note"
      >
        {t("matchWeights.fitNote")}
      </Alert>
      <QueryState query={weights}>
        {/* Keyed by the saved weights' date: a save elsewhere starts the form afresh. */}
        {(data) => <WeightsForm key={data.updatedAt ?? "defaults"} saved={data} />}
      </QueryState>
    </>
  );
}

/** `/match-weights`: how much each part of the match score counts, platform-wide. */
export function MatchWeightsPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <PageContainer>
        <PageSkeleton />
      </PageContainer>
    );
  }
  if (me.isError) {
    return (
      <PageContainer>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </PageContainer>
    );
  }
  if (!tunesMatchWeights(me.data)) {
    return (
      <ForbiddenContent
        signedIn={Boolean(me.data)}
        description={me.data ? t("matchWeights.forbidden") : t("matchWeights.forbiddenSignIn")}
      />
    );
  }
  return (
    <PageContainer>
      <MatchWeightsView />
    </PageContainer>
  );
}
