import { Button, Container, Group } from "@mantine/core";
import { IconArrowLeft, IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ChallengeListDetail } from "../../app/api-types.ts";
import { LogoMark } from "../../components/logo.tsx";
import { usePageTitle } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useAreaName } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { useList } from "./data.ts";
import { useListHeadline } from "./lists-page.tsx";

/** A bar drawn with CSS, so it prints (canvas charts print poorly and need JavaScript). */
function PrintBars({ rows }: { rows: { label: string; value: number }[] }) {
  const format = useFormat();
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <table className="cm-print-bars">
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="cm-print-bar" style={{ width: `${(row.value / max) * 100}%` }} />
            </td>
            <td className="cm-print-number">{format.integer(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintableList({ list }: { list: ChallengeListDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const areaName = useAreaName();
  const headline = useListHeadline();
  usePageTitle(list.title);
  return (
    <article className="cm-print-page">
      <header className="cm-print-header">
        <div className="cm-print-brand">
          <LogoMark size={22} />
          <span>citymatch</span>
        </div>
        {list.event ? <p className="cm-print-eyebrow">{list.event.name}</p> : null}
        <h1>{list.title}</h1>
        <p className="cm-print-headline" data-testid="list-headline">
          {headline(list.stats)}
        </p>
        <p className="cm-print-meta">
          {[
            t("lists.cities", {
              count: list.stats.cities,
              formatted: format.integer(list.stats.cities),
            }),
            list.publishedOn
              ? t("lists.publishedOn", { date: format.day(list.publishedOn) })
              : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </header>

      {list.intro ? (
        <section>
          {list.intro.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph.slice(0, 40)}>{paragraph}</p>
          ))}
        </section>
      ) : null}

      {list.priorityAreas.length > 0 ? (
        <section>
          <h2>{t("lists.priorityAreas")}</h2>
          <p>{list.priorityAreas.map(areaName).join(" · ")}</p>
        </section>
      ) : null}

      <section className="cm-print-columns">
        <div>
          <h2>{t("lists.byDomain")}</h2>
          <PrintBars
            rows={list.byDomain.map((entry) => ({
              label: areaName(entry.domain),
              value: entry.demands,
            }))}
          />
        </div>
        <div>
          <h2>{t("lists.byCountry")}</h2>
          <PrintBars
            rows={list.byCountry.map((entry) => ({
              label: format.country(entry.country),
              value: entry.demands,
            }))}
          />
        </div>
      </section>

      <section>
        <h2>{t("lists.demandsTitle")}</h2>
        <ol className="cm-print-items">
          {list.items.map(({ position, challenge }) => {
            const budget = format.moneyRange(challenge.budget);
            return (
              <li key={challenge.id} value={position} className="cm-print-item">
                <h3>{challenge.title}</h3>
                <p className="cm-print-meta">
                  {[
                    challenge.organization.name,
                    [challenge.city?.name, format.country(challenge.organization.country)]
                      .filter(Boolean)
                      .join(", "),
                  ].join(" · ")}
                </p>
                {challenge.summary ? <p>{challenge.summary}</p> : null}
                <p className="cm-print-facts">
                  {[
                    format.list(challenge.domains.map(areaName)),
                    t(`stages.${challenge.stage}`),
                    budget ? t("lists.budget", { budget }) : null,
                    challenge.deadline
                      ? t("lists.deadline", { date: format.day(challenge.deadline) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
      <footer className="cm-print-footer">
        {t("lists.printFooter", { url: `${window.location.origin}/lists/${list.slug}` })}
      </footer>
    </article>
  );
}

/** /lists/:slug/print — a clean A4 page without the app's header and navigation. */
export function ListPrintPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const list = useList(slug);
  return (
    <div className="cm-print-root">
      <Container size="md" py="md" className="cm-no-print">
        <Group justify="space-between">
          <Button
            component={Link}
            to={`/lists/${slug ?? ""}`}
            variant="subtle"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            {t("lists.backToList")}
          </Button>
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
            disabled={!list.data}
          >
            {t("lists.printNow")}
          </Button>
        </Group>
      </Container>
      <main>
        <QueryState query={list}>{(data) => <PrintableList list={data} />}</QueryState>
      </main>
    </div>
  );
}
