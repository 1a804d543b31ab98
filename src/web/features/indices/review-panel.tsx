import { Alert, Button, Card, Group, List, Progress, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconEdit, IconHammer, IconRocket, IconWaveSine } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../app/api.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useIndexAction } from "./mutations.ts";
import type { IndexView } from "./types.ts";

/** The curator's review of the draft: build, run the uncertainty analysis, publish. */
export function ReviewPanel({ view }: { view: IndexView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const build = useIndexAction(view.id, "build");
  const analyse = useIndexAction(view.id, "analysis");
  const publish = useIndexAction(view.id, "publish");
  const running = view.analysisStatus === "running";
  const built = view.result !== null;
  const error = build.error ?? analyse.error ?? publish.error;
  const progress = view.analysisProgress;
  const reset = () => {
    build.reset();
    analyse.reset();
    publish.reset();
  };
  return (
    <Card
      withBorder
      mb="lg"
      data-testid="review-panel"
      style={{ borderColor: "var(--mantine-color-civic-4)" }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Title order={2} size="h4">
              {t("indices.review.title")}
            </Title>
            <Text size="sm" c="dimmed" data-testid="review-status">
              {built
                ? t("indices.review.builtAt", { date: format.dateTime(view.builtAt) })
                : t("indices.review.notBuilt")}
              {" · "}
              {t(`indices.review.analysis.${view.analysisStatus}`)}
              {view.publishedAt
                ? ` · ${t("indices.review.publishedAt", { date: format.dateTime(view.publishedAt) })}`
                : ""}
            </Text>
          </div>
          <Group gap="xs">
            <Button
              component={Link}
              to={`/indices/${view.slug}/edit`}
              variant="default"
              leftSection={<IconEdit size={16} aria-hidden />}
            >
              {t("indices.review.edit")}
            </Button>
            <Button
              variant="light"
              leftSection={<IconHammer size={16} aria-hidden />}
              loading={build.isPending}
              disabled={running}
              onClick={() => {
                reset();
                build.mutate(undefined, {
                  onSuccess: () =>
                    notifications.show({ color: "civic", message: t("indices.review.built") }),
                });
              }}
            >
              {t("indices.review.build")}
            </Button>
            <Button
              variant="light"
              leftSection={<IconWaveSine size={16} aria-hidden />}
              loading={analyse.isPending}
              disabled={!built || running}
              onClick={() => {
                reset();
                analyse.mutate();
              }}
            >
              {t("indices.review.analyse", { runs: format.integer(view.analysisRuns) })}
            </Button>
            <Button
              leftSection={<IconRocket size={16} aria-hidden />}
              loading={publish.isPending}
              disabled={!built || running}
              onClick={() => {
                reset();
                publish.mutate(undefined, {
                  onSuccess: () =>
                    notifications.show({ color: "civic", message: t("indices.review.published") }),
                });
              }}
            >
              {t("indices.review.publish")}
            </Button>
          </Group>
        </Group>
        {running && progress ? (
          <div>
            <Progress
              value={progress.total > 0 ? (100 * progress.done) / progress.total : 0}
              animated
              aria-label={t("indices.review.progressLabel")}
              data-testid="analysis-progress"
            />
            <Text size="xs" c="dimmed" mt={4}>
              {t("indices.review.progress", {
                done: format.integer(progress.done),
                total: format.integer(progress.total),
              })}
            </Text>
          </div>
        ) : null}
        {view.analysisStatus === "failed" && view.analysisError ? (
          <Alert color="red" variant="light" title={t("indices.review.analysisFailed")}>
            {view.analysisError}
          </Alert>
        ) : null}
        {error ? (
          <>
            <ErrorAlert error={error} />
            {error instanceof ApiError && error.issues.length > 0 ? (
              <List size="sm" data-testid="review-issues">
                {error.issues.map((issue) => (
                  <List.Item key={`${issue.path}:${issue.message}`}>
                    <Text span ff="monospace" size="xs">
                      {issue.path}
                    </Text>{" "}
                    {issue.message}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </>
        ) : null}
        {view.result && view.result.warnings.length > 0 ? (
          <Alert
            color="yellow"
            variant="light"
            title={t("indices.review.warnings")}
            data-testid="build-warnings"
          >
            <List size="sm">
              {view.result.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
