import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconCheck, IconDownload, IconFileImport, IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton, QueryState } from "../../components/query-state.tsx";
import { SortableTh } from "../../components/sortable-th.tsx";
import { useFormat } from "../../components/use-format.ts";
import { curatesIndices, exportUrl, useIndicators } from "./data.ts";
import { DirectionBadge } from "./indicators-tab.tsx";
import { useImportIndicatorData } from "./mutations.ts";
import { SyntheticBanner } from "./synthetic-banner.tsx";
import { type ImportReport, type Indicator, UNIT_KINDS, type UnitKind } from "./types.ts";

function Catalogue({ items }: { items: Indicator[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState("code");
  const [query, setQuery] = useState("");
  const rows = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const descending = sort.startsWith("-");
    const field = (descending ? sort.slice(1) : sort) as "code" | "name" | "theme" | "values";
    return items
      .filter(
        (item) =>
          !needle ||
          item.code.toLocaleLowerCase().includes(needle) ||
          item.name.toLocaleLowerCase().includes(needle),
      )
      .sort((a, b) => {
        const order =
          field === "values"
            ? a.values - b.values
            : String(a[field]).localeCompare(String(b[field]));
        return descending ? -order : order;
      });
  }, [items, sort, query]);
  return (
    <Stack gap="sm">
      <TextInput
        label={t("indices.catalogue.search")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        w={280}
      />
      <ScrollArea type="auto">
        <Table striped verticalSpacing={4} data-testid="catalogue-table" miw={900}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="code" sort={sort} onSort={setSort}>
                {t("indices.catalogue.code")}
              </SortableTh>
              <SortableTh field="name" sort={sort} onSort={setSort}>
                {t("indices.catalogue.name")}
              </SortableTh>
              <SortableTh field="theme" sort={sort} onSort={setSort}>
                {t("indices.catalogue.theme")}
              </SortableTh>
              <Table.Th>{t("indices.framework.unit")}</Table.Th>
              <Table.Th>{t("indices.framework.direction")}</Table.Th>
              <SortableTh
                field="values"
                sort={sort}
                onSort={setSort}
                firstDirection="desc"
                ta="right"
              >
                {t("indices.catalogue.values")}
              </SortableTh>
              <Table.Th>{t("indices.catalogue.years")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={item.code}>
                <Table.Td ff="monospace" fz="xs">
                  {item.code}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {item.name}
                  </Text>
                  <Group gap={4}>
                    {item.isDenominator ? (
                      <Badge size="xs" variant="outline" color="gray">
                        {t("indices.catalogue.denominator")}
                      </Badge>
                    ) : null}
                    {item.denominatorCode ? (
                      <Text size="xs" c="dimmed">
                        {t("indices.catalogue.per", { code: item.denominatorCode })}
                      </Text>
                    ) : null}
                    {item.synthetic ? (
                      <Badge size="xs" variant="light" color="orange">
                        {t("indices.synthetic.badge")}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.theme || "–"}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.unit || "–"}</Text>
                </Table.Td>
                <Table.Td>
                  {item.isDenominator ? "–" : <DirectionBadge direction={item.direction} />}
                </Table.Td>
                <Table.Td ta="right">{format.integer(item.values)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{item.years.join(", ") || "–"}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" data-testid="import-report">
      <Alert
        color={report.valid ? (report.dryRun ? "blue" : "civic") : "red"}
        variant="light"
        icon={report.valid ? <IconCheck size={18} aria-hidden /> : undefined}
        title={
          !report.valid
            ? t("indices.import.invalid", { count: report.problems.length })
            : report.dryRun
              ? t("indices.import.checked")
              : t("indices.import.done")
        }
      >
        {t("indices.import.summary", {
          units: format.integer(report.units),
          values: format.integer(report.values),
          indicators: format.integer(report.indicators),
          removed: format.integer(report.removed),
        })}
      </Alert>
      {report.problems.length > 0 ? (
        <ScrollArea.Autosize mah={360} type="auto">
          <Table striped verticalSpacing={4} data-testid="import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("indices.import.file")}</Table.Th>
                <Table.Th>{t("indices.import.row")}</Table.Th>
                <Table.Th>{t("indices.import.column")}</Table.Th>
                <Table.Th>{t("indices.import.reason")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((problem, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the report's order is its identity
                <Table.Tr key={index}>
                  <Table.Td>{problem.file}</Table.Td>
                  <Table.Td>{problem.row ?? "–"}</Table.Td>
                  <Table.Td ff="monospace" fz="xs">
                    {problem.column ?? "–"}
                  </Table.Td>
                  <Table.Td>{problem.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      ) : null}
    </Stack>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const importData = useImportIndicatorData();
  const [dataFile, setDataFile] = useState<File | null>(null);
  const [metaFile, setMetaFile] = useState<File | null>(null);
  const [year, setYear] = useState<number | string>("");
  const [unitKind, setUnitKind] = useState<UnitKind>("city");
  const [checked, setChecked] = useState(false);
  const reset = () => {
    setChecked(false);
    importData.reset();
  };
  const send = async (dryRun: boolean) => {
    if (!dataFile) return;
    const [data, meta] = await Promise.all([dataFile.text(), metaFile?.text()]);
    importData.mutate(
      {
        data,
        ...(meta ? { meta } : {}),
        ...(typeof year === "number" ? { year } : {}),
        unitKind,
        dryRun,
      },
      { onSuccess: (report) => setChecked(report.dryRun && report.valid) },
    );
  };
  return (
    <Card>
      <Title order={2} size="h4" mb={4}>
        {t("indices.import.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("indices.import.hint")}
      </Text>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <FileInput
            label={t("indices.import.dataFile")}
            accept=".csv,text/csv"
            required
            clearable
            placeholder={t("indices.import.choose")}
            value={dataFile}
            onChange={(file) => {
              setDataFile(file);
              reset();
            }}
            leftSection={<IconFileImport size={16} aria-hidden />}
          />
          <FileInput
            label={t("indices.import.metaFile")}
            accept=".csv,text/csv"
            clearable
            placeholder={t("indices.import.choose")}
            value={metaFile}
            onChange={(file) => {
              setMetaFile(file);
              reset();
            }}
            leftSection={<IconFileImport size={16} aria-hidden />}
          />
          <NumberInput
            label={t("indices.import.year")}
            description={t("indices.import.yearHint")}
            min={1900}
            max={2100}
            value={year}
            onChange={(value) => {
              setYear(value);
              reset();
            }}
          />
          <Select
            label={t("indices.editor.unitKind")}
            data={UNIT_KINDS.map((value) => ({ value, label: t(`indices.unitKinds.${value}`) }))}
            value={unitKind}
            allowDeselect={false}
            onChange={(value) => {
              if (value) setUnitKind(value as UnitKind);
              reset();
            }}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button
            variant="light"
            disabled={!dataFile}
            loading={importData.isPending && !checked}
            onClick={() => void send(true)}
          >
            {t("indices.import.check")}
          </Button>
          <Button
            disabled={!checked}
            loading={importData.isPending && checked}
            onClick={() => void send(false)}
          >
            {t("indices.import.import")}
          </Button>
        </Group>
        {importData.error ? <ErrorAlert error={importData.error} /> : null}
        {importData.data ? <Report report={importData.data} /> : null}
      </Stack>
    </Card>
  );
}

/** /indicators: the indicator catalogue, the data import and exports (curators). */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const curator = curatesIndices(me.data);
  const indicators = useIndicators(curator);
  return (
    <PageContainer>
      <PageHeader
        title={t("indices.catalogue.title")}
        description={t("indices.catalogue.description")}
        actions={
          curator ? (
            <>
              <Button
                component="a"
                href={exportUrl("data")}
                download
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t("indices.catalogue.exportData")}
              </Button>
              <Button
                component="a"
                href={exportUrl("meta")}
                download
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t("indices.catalogue.exportMeta")}
              </Button>
            </>
          ) : undefined
        }
      />
      {me.isPending ? (
        <PageSkeleton />
      ) : !curator ? (
        <ForbiddenContent signedIn={Boolean(me.data)} description={t("indices.forbidden")} />
      ) : (
        <Stack gap="xl">
          <SyntheticBanner
            synthetic={indicators.data?.items.some((item) => item.synthetic) ?? false}
            compact
          />
          <ImportCard />
          <Card>
            <Title order={2} size="h4" mb="sm">
              {t("indices.catalogue.listTitle")}
            </Title>
            <QueryState query={indicators}>{({ items }) => <Catalogue items={items} />}</QueryState>
          </Card>
        </Stack>
      )}
    </PageContainer>
  );
}
