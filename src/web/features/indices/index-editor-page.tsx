import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Code,
  FileButton,
  Grid,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconFileImport, IconPlus, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ApiError } from "../../app/api.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton, QueryState } from "../../components/query-state.tsx";
import { parseCsvText } from "./csv.ts";
import { curatesIndices, useIndex } from "./data.ts";
import { useCreateIndex, useUpdateIndex } from "./mutations.ts";
import {
  columnOfField,
  emptyRow,
  FRAMEWORK_COLUMNS,
  type FrameworkColumn,
  type FrameworkRow,
  frameworkFrom,
  type PipelineValues,
  pipelineFrom,
  pipelineValues,
  rowsFromFramework,
  rowsFromMetaCsv,
} from "./pipeline-form.ts";
import {
  AGGREGATE_METHODS,
  IMPUTE_METHODS,
  type IndexInput,
  type IndexView,
  META_TYPES,
  NORMALISE_METHODS,
  UNIT_KINDS,
  type UnitKind,
} from "./types.ts";

interface Issue {
  path: string;
  message: string;
  row?: number | null;
  column?: string | null;
}

function issuesOf(error: unknown): Issue[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as { issues?: unknown } | null;
  return Array.isArray(details?.issues)
    ? (details.issues as Issue[]).filter((issue) => typeof issue?.message === "string")
    : [];
}

/** Framework rows an issue names: `body.framework.3.weight`, or an engine message's row. */
function rowIssues(
  issues: Issue[],
): Map<number, { column: FrameworkColumn | null; message: string }[]> {
  const byRow = new Map<number, { column: FrameworkColumn | null; message: string }[]>();
  const add = (row: number, column: FrameworkColumn | null, message: string) =>
    byRow.set(row, [...(byRow.get(row) ?? []), { column, message }]);
  for (const issue of issues) {
    const match = /^body\.framework\.(\d+)(?:\.(\w+))?/.exec(issue.path);
    if (match) add(Number(match[1]), columnOfField(match[2] ?? ""), issue.message);
    else if (issue.path.startsWith("body.framework") && typeof issue.row === "number")
      // Entries are numbered as spreadsheet rows, from 2.
      add(
        issue.row - 2,
        (FRAMEWORK_COLUMNS as readonly string[]).includes(issue.column ?? "")
          ? (issue.column as FrameworkColumn)
          : null,
        issue.message,
      );
  }
  return byRow;
}

const COLUMN_WIDTH: Record<FrameworkColumn, number> = {
  Type: 130,
  iCode: 150,
  iName: 240,
  Level: 70,
  Parent: 110,
  Weight: 80,
  Direction: 80,
  Unit: 110,
  Target: 80,
  Denominator: 120,
};

function FrameworkTable({
  rows,
  setRows,
  issues,
}: {
  rows: FrameworkRow[];
  setRows: (update: (rows: FrameworkRow[]) => FrameworkRow[]) => void;
  issues: Map<number, { column: FrameworkColumn | null; message: string }[]>;
}) {
  const { t } = useTranslation();
  const change = (index: number, column: FrameworkColumn, value: string) =>
    setRows((current) =>
      current.map((row, i) => (i === index ? { ...row, [column]: value } : row)),
    );
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table verticalSpacing={2} horizontalSpacing={4} data-testid="framework-editor" miw={1250}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            {FRAMEWORK_COLUMNS.map((column) => (
              <Table.Th key={column} w={COLUMN_WIDTH[column]}>
                {column}
              </Table.Th>
            ))}
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const problems = issues.get(index) ?? [];
            const name = row.iCode || String(index + 1);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
              <FrameworkRowView key={index} index={index} problems={problems}>
                {FRAMEWORK_COLUMNS.map((column) => {
                  const label = t("indices.editor.cellLabel", { column, row: name });
                  const error = problems.some((p) => p.column === column);
                  return (
                    <Table.Td key={column}>
                      {column === "Type" ? (
                        <NativeSelect
                          size="xs"
                          aria-label={label}
                          data={[...META_TYPES]}
                          value={row.Type}
                          error={error}
                          onChange={(event) => change(index, column, event.currentTarget.value)}
                        />
                      ) : (
                        <TextInput
                          size="xs"
                          aria-label={label}
                          value={row[column]}
                          error={error}
                          onChange={(event) => change(index, column, event.currentTarget.value)}
                        />
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t("indices.editor.removeRow", { row: name })}
                    onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </FrameworkRowView>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

function FrameworkRowView({
  index,
  problems,
  children,
}: {
  index: number;
  problems: { message: string }[];
  children: ReactNode;
}) {
  return (
    <>
      <Table.Tr bg={problems.length > 0 ? "var(--mantine-color-red-0)" : undefined}>
        <Table.Td>
          <Text size="xs" c="dimmed">
            {index + 1}
          </Text>
        </Table.Td>
        {children}
      </Table.Tr>
      {problems.length > 0 ? (
        <Table.Tr bg="var(--mantine-color-red-0)">
          <Table.Td />
          <Table.Td colSpan={FRAMEWORK_COLUMNS.length + 1}>
            <Text size="xs" c="red.8" role="alert">
              {problems.map((p) => p.message).join(" · ")}
            </Text>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

function MetaImport({ onRows }: { onRows: (rows: FrameworkRow[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const apply = (csv: string) => {
    const table = parseCsvText(csv);
    if (!table.header.some((h) => h.toLowerCase() === "icode")) {
      setMessage(t("indices.editor.metaNoCode"));
      return;
    }
    onRows(rowsFromMetaCsv(table.header, table.rows));
    setMessage(t("indices.editor.metaRead", { count: table.rows.length }));
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t("indices.editor.metaLabel")}
        description={t("indices.editor.metaHint")}
        autosize
        minRows={3}
        maxRows={10}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        styles={{ input: { fontFamily: "monospace", fontSize: 12 } }}
      />
      <Group gap="xs">
        <Button size="xs" variant="light" disabled={!text.trim()} onClick={() => apply(text)}>
          {t("indices.editor.metaApply")}
        </Button>
        <FileButton
          accept=".csv,text/csv"
          onChange={(file) => {
            if (!file) return;
            void file.text().then((content) => {
              setText(content);
              apply(content);
            });
          }}
        >
          {(props) => (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileImport size={14} aria-hidden />}
              {...props}
            >
              {t("indices.editor.metaFile")}
            </Button>
          )}
        </FileButton>
        {message ? (
          <Text size="sm" c="dimmed" role="status">
            {message}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}

function PipelineFields({
  values,
  setValues,
  groups,
}: {
  values: PipelineValues;
  setValues: (update: Partial<PipelineValues>) => void;
  groups: string[];
}) {
  const { t } = useTranslation();
  const imputeOptions = IMPUTE_METHODS.map((value) => ({
    value,
    label: t(`indices.imputeMethods.${value}`),
  }));
  const normaliseOptions = NORMALISE_METHODS.map((value) => ({
    value,
    label: t(`indices.normaliseMethods.${value}`),
  }));
  const aggregateOptions = AGGREGATE_METHODS.map((value) => ({
    value,
    label: t(`indices.aggregateMethods.${value}`),
  }));
  const num = (value: string | number, fallback: number) =>
    typeof value === "number" ? value : fallback;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Select
          label={t("indices.editor.imputeMethod")}
          data={imputeOptions}
          value={values.imputeMethod}
          allowDeselect={false}
          onChange={(value) =>
            value && setValues({ imputeMethod: value as PipelineValues["imputeMethod"] })
          }
        />
        <Select
          label={t("indices.editor.imputeGroup")}
          description={t("indices.editor.imputeGroupHint")}
          data={groups}
          value={values.imputeGroup || null}
          clearable
          disabled={!values.imputeMethod.startsWith("group-")}
          onChange={(value) => setValues({ imputeGroup: value ?? "" })}
        />
        <NumberInput
          label={t("indices.editor.screen")}
          description={t("indices.editor.screenHint")}
          min={0}
          max={100}
          suffix=" %"
          value={values.screenPercent}
          onChange={(value) => setValues({ screenPercent: num(value, 0) })}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Checkbox
          label={t("indices.editor.treat")}
          checked={values.treat}
          onChange={(event) => setValues({ treat: event.currentTarget.checked })}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label={t("indices.editor.winmax")}
            min={0}
            disabled={!values.treat}
            value={values.winmax}
            onChange={(value) => setValues({ winmax: num(value, 5) })}
          />
          <NumberInput
            label={t("indices.editor.skew")}
            min={0}
            step={0.1}
            disabled={!values.treat}
            value={values.skewThreshold}
            onChange={(value) => setValues({ skewThreshold: num(value, 2) })}
          />
          <NumberInput
            label={t("indices.editor.kurtosis")}
            step={0.1}
            disabled={!values.treat}
            value={values.kurtosisThreshold}
            onChange={(value) => setValues({ kurtosisThreshold: num(value, 3.5) })}
          />
        </SimpleGrid>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t("indices.editor.normalise")}
          data={normaliseOptions}
          value={values.normaliseMethod}
          allowDeselect={false}
          onChange={(value) =>
            value && setValues({ normaliseMethod: value as PipelineValues["normaliseMethod"] })
          }
        />
        <NumberInput
          label={t("indices.editor.rangeLow")}
          value={values.rangeLow}
          onChange={(value) => setValues({ rangeLow: num(value, 0) })}
        />
        <NumberInput
          label={t("indices.editor.rangeHigh")}
          value={values.rangeHigh}
          onChange={(value) => setValues({ rangeHigh: num(value, 100) })}
        />
        <Select
          label={t("indices.editor.aggregate")}
          data={aggregateOptions}
          value={values.aggregateMethod}
          allowDeselect={false}
          onChange={(value) =>
            value && setValues({ aggregateMethod: value as PipelineValues["aggregateMethod"] })
          }
        />
        <Select
          label={t("indices.editor.weights")}
          data={[
            { value: "framework", label: t("indices.editor.weightsFramework") },
            { value: "equal", label: t("indices.editor.weightsEqual") },
          ]}
          value={values.weights}
          allowDeselect={false}
          onChange={(value) => value && setValues({ weights: value as PipelineValues["weights"] })}
        />
      </SimpleGrid>
      <div>
        <Title order={3} size="h5" mb={4}>
          {t("indices.editor.uncertaintyTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("indices.editor.uncertaintyHint")}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <MultiSelect
            label={t("indices.editor.altImpute")}
            data={imputeOptions}
            value={values.uncertaintyImpute}
            onChange={(value) =>
              setValues({ uncertaintyImpute: value as PipelineValues["uncertaintyImpute"] })
            }
            clearable
          />
          <TextInput
            label={t("indices.editor.altWinmax")}
            placeholder="3, 5, 7"
            value={values.uncertaintyWinmax}
            onChange={(event) => setValues({ uncertaintyWinmax: event.currentTarget.value })}
          />
          <MultiSelect
            label={t("indices.editor.altNormalise")}
            data={normaliseOptions}
            value={values.uncertaintyNormalise}
            onChange={(value) =>
              setValues({ uncertaintyNormalise: value as PipelineValues["uncertaintyNormalise"] })
            }
            clearable
          />
          <MultiSelect
            label={t("indices.editor.altAggregate")}
            data={aggregateOptions}
            value={values.uncertaintyAggregate}
            onChange={(value) =>
              setValues({ uncertaintyAggregate: value as PipelineValues["uncertaintyAggregate"] })
            }
            clearable
          />
          <NumberInput
            label={t("indices.editor.perturbation")}
            description={t("indices.editor.perturbationHint")}
            min={0}
            max={100}
            suffix=" %"
            value={values.weightPerturbationPercent}
            onChange={(value) => setValues({ weightPerturbationPercent: num(value, 0) })}
          />
        </SimpleGrid>
      </div>
    </Stack>
  );
}

const NO_PIPELINE: Record<string, unknown> = {};

interface DetailValues {
  name: string;
  slug: string;
  description: string;
  year: number;
  unitKind: UnitKind;
  analysisRuns: number;
  analysisSeed: number;
}

function IndexEditor({ view }: { view: IndexView | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateIndex();
  const update = useUpdateIndex(view?.id ?? "");
  const mutation = view ? update : create;
  const [details, setDetailsState] = useState<DetailValues>(() => ({
    name: view?.name ?? "",
    slug: view?.slug ?? "",
    description: view?.description ?? "",
    year: view?.year ?? new Date().getFullYear(),
    unitKind: view?.unitKind ?? "city",
    analysisRuns: view?.analysisRuns ?? 1000,
    analysisSeed: view?.analysisSeed ?? 1,
  }));
  const setDetails = (update: Partial<DetailValues>) =>
    setDetailsState((current) => ({ ...current, ...update }));
  const [rows, setRowsState] = useState<FrameworkRow[]>(() =>
    view ? rowsFromFramework(view.framework) : [],
  );
  const setRows = (update: (rows: FrameworkRow[]) => FrameworkRow[]) => setRowsState(update);
  const basePipeline = view?.pipeline ?? NO_PIPELINE;
  const [pipeline, setPipelineState] = useState<PipelineValues>(() => pipelineValues(basePipeline));
  const setPipeline = (update: Partial<PipelineValues>) =>
    setPipelineState((current) => ({ ...current, ...update }));
  const groups = rows.filter((row) => row.Type === "Group" && row.iCode).map((row) => row.iCode);
  const pipelineJson = useMemo(
    () => pipelineFrom(pipeline, basePipeline),
    [pipeline, basePipeline],
  );
  const issues = issuesOf(mutation.error);
  const byRow = rowIssues(issues);
  const fieldIssue = (field: string) =>
    issues.find((issue) => issue.path === `body.${field}`)?.message;

  const submit = () => {
    const input: IndexInput = {
      ...details,
      framework: frameworkFrom(rows),
      pipeline: pipelineJson,
    };
    mutation.mutate(input, {
      onSuccess: (saved) => void navigate(`/indices/${saved.slug}?version=draft`),
    });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
      data-testid="index-editor"
    >
      <Stack gap="lg">
        <Card>
          <Title order={2} size="h4" mb="md">
            {t("indices.editor.details")}
          </Title>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TextInput
                label={t("indices.editor.name")}
                required
                value={details.name}
                error={fieldIssue("name")}
                onChange={(event) => setDetails({ name: event.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TextInput
                label={t("indices.editor.slug")}
                description={t("indices.editor.slugHint")}
                required
                value={details.slug}
                error={fieldIssue("slug")}
                onChange={(event) => setDetails({ slug: event.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t("indices.editor.description")}
                autosize
                minRows={2}
                value={details.description}
                error={fieldIssue("description")}
                onChange={(event) => setDetails({ description: event.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <NumberInput
                label={t("indices.editor.year")}
                required
                min={1900}
                max={2100}
                value={details.year}
                error={fieldIssue("year")}
                onChange={(value) =>
                  setDetails({ year: typeof value === "number" ? value : details.year })
                }
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <Select
                label={t("indices.editor.unitKind")}
                data={UNIT_KINDS.map((value) => ({
                  value,
                  label: t(`indices.unitKinds.${value}`),
                }))}
                value={details.unitKind}
                allowDeselect={false}
                onChange={(value) => value && setDetails({ unitKind: value as UnitKind })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <NumberInput
                label={t("indices.editor.runs")}
                min={10}
                max={100000}
                value={details.analysisRuns}
                error={fieldIssue("analysisRuns")}
                onChange={(value) =>
                  setDetails({
                    analysisRuns: typeof value === "number" ? value : details.analysisRuns,
                  })
                }
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <NumberInput
                label={t("indices.editor.seed")}
                min={0}
                value={details.analysisSeed}
                error={fieldIssue("analysisSeed")}
                onChange={(value) =>
                  setDetails({
                    analysisSeed: typeof value === "number" ? value : details.analysisSeed,
                  })
                }
              />
            </Grid.Col>
          </Grid>
        </Card>

        <Card>
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t("indices.editor.framework")}
            </Title>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setRows((current) => [...current, emptyRow()])}
            >
              {t("indices.editor.addRow")}
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            {t("indices.editor.frameworkHint")}
          </Text>
          <Stack gap="md">
            <FrameworkTable rows={rows} setRows={setRows} issues={byRow} />
            <MetaImport onRows={(imported) => setRowsState(imported)} />
          </Stack>
        </Card>

        <Card>
          <Title order={2} size="h4" mb="md">
            {t("indices.editor.pipeline")}
          </Title>
          <PipelineFields values={pipeline} setValues={setPipeline} groups={groups} />
          <Text size="sm" fw={600} mt="lg" mb={4}>
            pipeline.json
          </Text>
          <ScrollArea.Autosize mah={280} type="auto">
            <Code block data-testid="pipeline-json">
              {JSON.stringify(pipelineJson, null, 2)}
            </Code>
          </ScrollArea.Autosize>
        </Card>

        {mutation.error ? (
          <Stack gap="xs">
            <ErrorAlert error={mutation.error} />
            {/* One issue is the alert's own message; several are listed. */}
            {issues.length > 1 ? (
              <Alert
                color="red"
                variant="outline"
                title={t("indices.editor.issues")}
                data-testid="editor-issues"
              >
                <List size="sm">
                  {issues.map((issue) => (
                    <List.Item key={`${issue.path}:${issue.message}`}>
                      <Text span ff="monospace" size="xs">
                        {issue.path}
                      </Text>{" "}
                      {issue.message}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => void navigate(view ? `/indices/${view.slug}?version=draft` : "/indices")}
          >
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {view ? t("indices.editor.saveDraft") : t("indices.editor.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CuratorsOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <PageSkeleton />;
  if (!curatesIndices(me.data))
    return <ForbiddenContent signedIn={Boolean(me.data)} description={t("indices.forbidden")} />;
  return <>{children}</>;
}

/** /indices/new */
export function IndexNewPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <PageHeader title={t("indices.editor.newTitle")} description={t("indices.editor.newHint")} />
      <CuratorsOnly>
        <IndexEditor view={null} />
      </CuratorsOnly>
    </PageContainer>
  );
}

/** /indices/:slug/edit: the draft's definition (what is published stays until published). */
export function IndexEditPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const me = useMe();
  const index = useIndex(curatesIndices(me.data) ? slug : undefined, "draft");
  return (
    <PageContainer>
      <CuratorsOnly>
        <QueryState query={index}>
          {(view) => (
            <>
              <PageHeader
                title={t("indices.editor.editTitle", { name: view.name })}
                description={t("indices.editor.editHint")}
              />
              <IndexEditor view={view} />
            </>
          )}
        </QueryState>
      </CuratorsOnly>
    </PageContainer>
  );
}
