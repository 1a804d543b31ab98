import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Grid,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconFileUpload,
  IconListCheck,
} from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../app/api.ts";
import {
  IMPORT_KINDS,
  type ImportKind,
  type ImportReport,
  type ImportRowError,
  type Me,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useFormat } from "../../components/use-format.ts";
import { downloadTemplate, IMPORT_COLUMNS, REQUIRED_COLUMNS } from "./import-columns.ts";
import { useImportFile } from "./mutations.ts";

const MAX_SHOWN_ERRORS = 200;

/** A 400 whose details are the row report (a real import with errors, a bad file). */
function reportOf(
  error: unknown,
): { errors: ImportRowError[]; report: ImportReport | null } | null {
  if (!(error instanceof ApiError) || typeof error.details !== "object" || !error.details)
    return null;
  const details = error.details as Partial<ImportReport>;
  if (!Array.isArray(details.errors)) return null;
  const complete = typeof details.rows === "number" && typeof details.valid === "number";
  return { errors: details.errors, report: complete ? (details as ImportReport) : null };
}

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={`import-step-${number}`}>
      <Group gap="sm" mb="md" wrap="nowrap">
        <ThemeIcon radius="xl" size={30} variant="filled" aria-hidden>
          <Text fw={800} size="sm">
            {number}
          </Text>
        </ThemeIcon>
        <Title order={2} size="h4" id={`import-step-${number}`}>
          {title}
        </Title>
      </Group>
      {children}
    </Card>
  );
}

function ErrorTable({ errors, total }: { errors: ImportRowError[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = errors.slice(0, MAX_SHOWN_ERRORS);
  return (
    <>
      <div className="cm-table-scroll">
        <Table striped verticalSpacing="xs" data-testid="import-errors">
          <Table.Caption>
            {total > shown.length
              ? t("imports.errorsShown", {
                  shown: format.integer(shown.length),
                  total: format.integer(total),
                })
              : t("imports.errorsCaption")}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t("imports.row")}</Table.Th>
              <Table.Th>{t("imports.column")}</Table.Th>
              <Table.Th>{t("imports.problem")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several errors
              <Table.Tr key={index}>
                <Table.Td style={{ fontVariantNumeric: "tabular-nums" }}>
                  {error.row === 0 ? t("imports.header") : error.row}
                </Table.Td>
                <Table.Td>
                  {error.column ? <code>{error.column}</code> : <Text c="dimmed">—</Text>}
                </Table.Td>
                <Table.Td style={{ overflowWrap: "anywhere" }}>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Text size="xs" c="dimmed" mt="xs">
        {t("imports.rowHint")}
      </Text>
    </>
  );
}

function ReportView({ report, errors }: { report: ImportReport | null; errors: ImportRowError[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorCount = report?.errorCount ?? errors.length;
  return (
    <Stack gap="md" data-testid="import-report">
      {report ? (
        <SimpleGrid cols={3}>
          {[
            { label: t("imports.rows"), value: report.rows, color: "dark" },
            { label: t("imports.valid"), value: report.valid, color: "teal.8" },
            { label: t("imports.errors"), value: errorCount, color: errorCount ? "red.8" : "dark" },
          ].map((stat) => (
            <div key={stat.label}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {stat.label}
              </Text>
              <Text fz={26} fw={800} c={stat.color} style={{ fontVariantNumeric: "tabular-nums" }}>
                {format.integer(stat.value)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      ) : null}
      {errorCount === 0 && report ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={20} aria-hidden />}
          title={t("imports.cleanTitle")}
        >
          {t("imports.clean", { count: report.valid, formatted: format.integer(report.valid) })}
        </Alert>
      ) : (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={20} aria-hidden />}
          title={t("imports.problemsTitle", {
            count: errorCount,
            formatted: format.integer(errorCount),
          })}
        >
          {t("imports.problemsHint")}
        </Alert>
      )}
      {errors.length > 0 ? <ErrorTable errors={errors} total={errorCount} /> : null}
    </Stack>
  );
}

function ColumnsReference({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  return (
    <div className="cm-table-scroll">
      <Table verticalSpacing={6} fz="sm" data-testid="import-columns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("imports.column")}</Table.Th>
            <Table.Th>{t("imports.format")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Object.keys(IMPORT_COLUMNS[kind]).map((column) => (
            <Table.Tr key={column}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <code>{column}</code>
                {REQUIRED_COLUMNS[kind].includes(column) ? (
                  <Badge size="xs" ml={6} variant="light" color="red">
                    {t("imports.required")}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`imports.columns.${column as "title"}`)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function Importer({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<ImportKind>("challenges");
  const [file, setFile] = useState<File | null>(null);
  const check = useImportFile();
  const run = useImportFile();

  // The dry run counts only for the file and kind it checked.
  const checked = check.data && check.variables?.file === file && check.variables.kind === kind;
  const checkedReport = checked ? check.data : null;
  const checkFailure =
    check.variables?.file === file && check.variables.kind === kind ? reportOf(check.error) : null;
  const clean = Boolean(checkedReport && checkedReport.errorCount === 0 && checkedReport.valid > 0);
  const imported = run.data && run.variables?.file === file ? run.data : null;
  const runFailure = run.variables?.file === file ? reportOf(run.error) : null;

  const reset = () => {
    check.reset();
    run.reset();
  };

  const searchLink = (() => {
    const params = new URLSearchParams({ sort: "date" });
    params.set("type", kind === "challenges" ? "challenge" : "solution");
    if (me.organization) params.set("organization", me.organization.id);
    return `/search?${params}`;
  })();

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <Step number={1} title={t("imports.step1")}>
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(value) => {
                setKind(value as ImportKind);
                reset();
              }}
              data={IMPORT_KINDS.map((value) => ({
                value,
                label: t(`itemTypesPlural.${value === "challenges" ? "challenge" : "solution"}`),
              }))}
              aria-label={t("imports.kind")}
            />
            <Text size="sm" c="dimmed" mt="sm">
              {t("imports.visibilityHint")}
            </Text>
          </Step>
          <Step number={2} title={t("imports.step2")}>
            <FileInput
              label={t("imports.file")}
              description={t("imports.fileHint")}
              placeholder={t("imports.filePlaceholder")}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              value={file}
              onChange={(next) => {
                setFile(next);
                reset();
              }}
              clearable
              data-testid="import-file"
            />
          </Step>
          <Step number={3} title={t("imports.step3")}>
            <Stack gap="md">
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconListCheck size={16} aria-hidden />}
                  disabled={!file}
                  loading={check.isPending}
                  onClick={() => file && check.mutate({ kind, file, dryRun: true })}
                >
                  {t("imports.check")}
                </Button>
                <Button
                  leftSection={<IconFileUpload size={16} aria-hidden />}
                  disabled={!file || !clean || Boolean(imported)}
                  loading={run.isPending}
                  onClick={() => file && run.mutate({ kind, file, dryRun: false })}
                >
                  {t("imports.import")}
                </Button>
              </Group>
              {!file ? (
                <Text size="sm" c="dimmed">
                  {t("imports.chooseFirst")}
                </Text>
              ) : !checkedReport && !checkFailure && !check.isPending ? (
                <Text size="sm" c="dimmed">
                  {t("imports.checkFirst")}
                </Text>
              ) : null}
              {checkedReport ? (
                <ReportView report={checkedReport} errors={checkedReport.errors} />
              ) : checkFailure ? (
                <ReportView report={checkFailure.report} errors={checkFailure.errors} />
              ) : check.error ? (
                <ErrorAlert error={check.error} />
              ) : null}
              {imported ? (
                <Alert
                  color="teal"
                  variant="filled"
                  icon={<IconCircleCheck size={20} aria-hidden />}
                  title={t("imports.doneTitle")}
                  data-testid="import-success"
                >
                  <Stack gap={6} align="flex-start">
                    <Text size="sm">
                      {t(
                        kind === "challenges" ? "imports.doneChallenges" : "imports.doneSolutions",
                        {
                          count: imported.created,
                          formatted: format.integer(imported.created),
                        },
                      )}
                    </Text>
                    <Anchor component={Link} to={searchLink} c="white" fw={700} underline="always">
                      {me.organization
                        ? t("imports.seeOrganization", { name: me.organization.name })
                        : t("imports.seeNewest")}
                    </Anchor>
                  </Stack>
                </Alert>
              ) : runFailure ? (
                <ReportView report={runFailure.report} errors={runFailure.errors} />
              ) : run.error ? (
                <ErrorAlert error={run.error} />
              ) : null}
            </Stack>
          </Step>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card>
          <Title order={2} size="h4" mb={4}>
            {t("imports.template")}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t("imports.templateHint")}
          </Text>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => downloadTemplate(kind)}
            mb="md"
            h="auto"
            py={8}
            styles={{ label: { whiteSpace: "normal" } }}
            data-testid="import-template"
          >
            {t(kind === "challenges" ? "imports.templateChallenges" : "imports.templateSolutions")}
          </Button>
          <ColumnsReference kind={kind} />
        </Card>
      </Grid.Col>
    </Grid>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <PageHeader
        eyebrow={t("imports.eyebrow")}
        title={t("imports.title")}
        description={t("imports.description")}
      />
      <SignedIn>{(me) => <Importer me={me} />}</SignedIn>
    </PageContainer>
  );
}
