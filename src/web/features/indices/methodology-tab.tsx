import { Card, List, ScrollArea, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/use-format.ts";
import { useScoreFormat } from "./format.ts";
import type { IndexView, TreatmentLogEntry } from "./types.ts";

type Result = NonNullable<IndexView["result"]>;

function Step({ index, title, children }: { index: number; title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={`step-${index}`} data-testid="methodology-step">
      <Title id={`step-${index}`} order={3} size="h4" mb="sm">
        {index}. {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

function SmallTable({
  head,
  rows,
  testId,
}: {
  head: string[];
  rows: ReactNode[][];
  testId?: string;
}) {
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table verticalSpacing={4} striped data-testid={testId} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {head.map((cell) => (
              <Table.Th key={cell}>{cell}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed table
            <Table.Tr key={index}>
              {row.map((cell, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                <Table.Td key={column}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/**
 * The methodology, written from the pipeline the version was built with and what each step
 * did: every setting, every imputed, dropped and treated point, the weights and the design
 * of the uncertainty analysis.
 */
export function MethodologyTab({ view, result }: { view: IndexView; result: Result }) {
  const { t } = useTranslation();
  const format = useFormat();
  const score = useScoreFormat();
  const config = result.config;
  const nodes = new Map(view.nodes.map((node) => [node.code, node]));
  const name = (code: string) => nodes.get(code)?.name ?? code;
  const unitNames = new Map(result.screening.units.map((unit) => [unit.uCode, unit.uName]));
  const unitName = (code: string) => unitNames.get(code) ?? code;
  const indicators = view.nodes.filter((node) => node.type === "Indicator");
  const aggregates = view.nodes.filter((node) => node.type === "Aggregate");
  const levels = Math.max(...view.nodes.map((node) => node.level));
  const denominated = view.framework.filter(
    (entry) => entry.type === "Indicator" && entry.denominator,
  );
  const frameworkName = (code: string) =>
    view.framework.find((entry) => entry.code === code)?.name ?? code;
  const imputed = result.imputationLog.flatMap((entry) =>
    entry.points.map((point) => ({ ...point, iCode: entry.iCode })),
  );
  const dropped = result.screening.units.filter((unit) => !unit.kept);
  const treated = result.treatmentLog.filter((entry) => entry.action !== "none");
  const analysis = view.analysis;
  const uncertainty = config.uncertainty;
  const actionLabel = (entry: TreatmentLogEntry) =>
    entry.action === "winsorised"
      ? t("indices.methodology.winsorised", { count: entry.points.length })
      : t("indices.methodology.logged");
  let step = 0;
  return (
    <Stack gap="lg" data-testid="methodology">
      <Text>
        {t("indices.methodology.intro", {
          indicators: indicators.length,
          aggregates: aggregates.length,
          levels,
          units: result.results.length,
          year: view.year,
        })}
      </Text>

      <Step index={++step} title={t("indices.methodology.denominate")}>
        {!config.denominate ? (
          <Text>{t("indices.methodology.denominateOff")}</Text>
        ) : denominated.length === 0 ? (
          <Text>{t("indices.methodology.denominateNone")}</Text>
        ) : (
          <>
            <Text>{t("indices.methodology.denominateText", { count: denominated.length })}</Text>
            <SmallTable
              head={[t("indices.framework.indicator"), t("indices.methodology.denominator")]}
              rows={denominated.map((entry) => [
                name(entry.code),
                frameworkName(entry.denominator as string),
              ])}
            />
          </>
        )}
      </Step>

      <Step index={++step} title={t("indices.methodology.impute")}>
        <Text>
          {config.impute.method === "none"
            ? t("indices.methodology.imputeOff")
            : config.impute.method.startsWith("group-")
              ? t("indices.methodology.imputeGroup", {
                  method: t(`indices.imputeMethods.${config.impute.method}`),
                  group: config.impute.group
                    ? frameworkName(config.impute.group)
                    : t("indices.methodology.allUnits"),
                })
              : t("indices.methodology.imputeText", {
                  method: t(`indices.imputeMethods.${config.impute.method}`),
                })}{" "}
          {t("indices.methodology.imputedCount", { count: imputed.length })}
        </Text>
        {imputed.length > 0 ? (
          <SmallTable
            testId="imputed-points"
            head={[
              t("indices.framework.indicator"),
              t("indices.ranking.unit"),
              t("indices.methodology.imputedValue"),
            ]}
            rows={imputed.map((point) => [
              name(point.iCode),
              unitName(point.uCode),
              score.raw(point.value),
            ])}
          />
        ) : null}
      </Step>

      <Step index={++step} title={t("indices.methodology.screen")}>
        <Text>
          {t("indices.methodology.screenText", {
            threshold: format.percent(result.screening.minDataAvailability),
          })}{" "}
          {dropped.length === 0
            ? t("indices.methodology.screenNone")
            : t("indices.methodology.screenDropped", { count: dropped.length })}
        </Text>
        {dropped.length > 0 ? (
          <SmallTable
            head={[t("indices.ranking.unit"), t("indices.methodology.availability")]}
            rows={dropped.map((unit) => [unit.uName, format.percent(unit.dataAvailability)])}
          />
        ) : null}
      </Step>

      <Step index={++step} title={t("indices.methodology.treat")}>
        {config.treat === false ? (
          <Text>{t("indices.methodology.treatOff")}</Text>
        ) : (
          <>
            <Text>
              {t("indices.methodology.treatText", {
                skew: config.treat.skewThreshold,
                kurtosis: config.treat.kurtosisThreshold,
                winmax: config.treat.winmax,
              })}{" "}
              {t("indices.methodology.treatedCount", {
                count: treated.length,
                total: result.treatmentLog.length,
              })}
            </Text>
            {treated.length > 0 ? (
              <SmallTable
                testId="treatment-log"
                head={[
                  t("indices.framework.indicator"),
                  t("indices.methodology.skewness"),
                  t("indices.methodology.kurtosis"),
                  t("indices.methodology.action"),
                  t("indices.methodology.points"),
                ]}
                rows={treated.map((entry) => [
                  name(entry.iCode),
                  `${score.stat(entry.before.skewness)} → ${score.stat(entry.after.skewness)}`,
                  `${score.stat(entry.before.kurtosis)} → ${score.stat(entry.after.kurtosis)}`,
                  actionLabel(entry),
                  entry.action === "log"
                    ? t("indices.methodology.logNote")
                    : entry.points
                        .map(
                          (point) =>
                            `${unitName(point.uCode)}: ${score.raw(point.original)} → ${score.raw(point.treated)}`,
                        )
                        .join("; "),
                ])}
              />
            ) : null}
          </>
        )}
      </Step>

      <Step index={++step} title={t("indices.methodology.normalise")}>
        <Text>
          {t("indices.methodology.directionText")}{" "}
          {config.normalise.method === "minmax"
            ? t("indices.methodology.minmax", {
                low: config.normalise.range[0],
                high: config.normalise.range[1],
              })
            : config.normalise.method === "zscore"
              ? t("indices.methodology.zscore", {
                  mean: config.normalise.mean,
                  sd: config.normalise.sd,
                })
              : config.normalise.method === "goalposts"
                ? t("indices.methodology.goalposts", {
                    low: config.normalise.range[0],
                    high: config.normalise.range[1],
                  })
                : t(
                    `indices.methodology.${config.normalise.method === "rank" ? "rank" : "percentileRank"}`,
                  )}
        </Text>
        {Object.keys(result.goalposts).length > 0 ? (
          <SmallTable
            head={[
              t("indices.framework.indicator"),
              t("indices.methodology.worst"),
              t("indices.methodology.best"),
            ]}
            rows={Object.entries(result.goalposts).map(([code, [worst, best]]) => [
              name(code),
              score.raw(worst),
              score.raw(best),
            ])}
          />
        ) : null}
      </Step>

      <Step index={++step} title={t("indices.methodology.weights")}>
        <Text>
          {config.aggregate.weights === "equal"
            ? t("indices.methodology.weightsEqual")
            : t("indices.methodology.weightsFramework")}
        </Text>
        <SmallTable
          testId="weights-table"
          head={[
            t("indices.methodology.node"),
            t("indices.methodology.parent"),
            t("indices.framework.weight"),
            t("indices.methodology.share"),
          ]}
          rows={view.nodes
            .filter((node) => node.parent !== null)
            .sort((a, b) => b.level - a.level)
            .map((node) => {
              const siblings = view.nodes.filter((other) => other.parent === node.parent);
              const total = siblings.reduce(
                (sum, other) => sum + (result.weights[other.code] ?? 0),
                0,
              );
              const weight = result.weights[node.code] ?? 0;
              return [
                name(node.code),
                name(node.parent as string),
                score.raw(weight),
                total > 0 ? format.percent(weight / total) : "–",
              ];
            })}
        />
      </Step>

      <Step index={++step} title={t("indices.methodology.aggregate")}>
        <Text>
          {t("indices.methodology.aggregateText", {
            method: t(`indices.aggregateMethods.${config.aggregate.method}`),
          })}
        </Text>
      </Step>

      <Step index={++step} title={t("indices.methodology.rankTitle")}>
        <Text>{t("indices.methodology.rankText", { index: name(result.root) })}</Text>
      </Step>

      <Step index={++step} title={t("indices.methodology.uncertainty")}>
        {analysis ? (
          <>
            <Text>
              {t("indices.methodology.uncertaintyText", {
                runs: format.integer(analysis.runs),
                seed: analysis.seed,
                design:
                  analysis.design === "saltelli"
                    ? t("indices.methodology.saltelli", { base: analysis.baseSamples ?? 0 })
                    : t("indices.methodology.monteCarlo"),
              })}
            </Text>
            <List size="sm" spacing={4}>
              {analysis.assumptions.map((assumption) => (
                <List.Item key={assumption.name}>
                  <Text span fw={600} size="sm">
                    {t(`indices.assumptions.${assumption.name}`)}:
                  </Text>{" "}
                  {assumption.alternatives.join(" · ")}
                </List.Item>
              ))}
            </List>
            {analysis.sensitivity ? (
              <Text size="sm">
                {t("indices.methodology.sobolText", {
                  bootstrap: format.integer(analysis.sensitivity.bootstrap),
                })}
              </Text>
            ) : null}
          </>
        ) : uncertainty ? (
          <Text>
            {t("indices.methodology.uncertaintyPlanned", {
              runs: format.integer(view.analysisRuns),
              seed: view.analysisSeed,
            })}
          </Text>
        ) : (
          <Text>{t("indices.methodology.uncertaintyOff")}</Text>
        )}
      </Step>

      {result.warnings.length > 0 ? (
        <Card>
          <Title order={3} size="h4" mb="sm">
            {t("indices.review.warnings")}
          </Title>
          <List size="sm">
            {result.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Card>
      ) : null}
    </Stack>
  );
}
