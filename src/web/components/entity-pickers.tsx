import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../app/api.ts";
import type { City, Organization, OrganizationKind, Page, Person } from "../app/api-types.ts";
import { flagEmoji } from "./countries.ts";

interface RemoteSelectProps<T extends { id: string }>
  extends Omit<SelectProps, "data" | "value" | "onChange" | "searchValue" | "onSearchChange"> {
  value: string | null;
  /** Label of the current value, shown before the search has found it. */
  valueLabel?: string | null;
  onChange: (id: string | null, item: T | null) => void;
}

/**
 * A searchable Select whose options come from an API search as the person types. Items
 * seen once keep their label, so the chosen one stays readable after the search moves on.
 */
function useRemoteSelect<T extends { id: string }>(
  key: string,
  search: (q: string, signal: AbortSignal) => Promise<Page<T>>,
  label: (item: T) => string,
  value: string | null,
  valueLabel: string | null | undefined,
) {
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text, 250);
  const seen = useRef(new Map<string, T>());
  const selected = value ? seen.current.get(value) : undefined;
  const selectedLabel = selected ? label(selected) : (valueLabel ?? null);
  // Once an item is chosen the box shows its label: that is not a new search.
  const q = debounced === selectedLabel ? "" : debounced.trim();
  const query = useQuery({
    queryKey: ["picker", key, q],
    queryFn: ({ signal }) => search(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const data = useMemo(() => {
    for (const item of query.data?.items ?? []) seen.current.set(item.id, item);
    const options = new Map<string, string>();
    if (value) {
      const current = seen.current.get(value);
      options.set(value, current ? label(current) : (valueLabel ?? value));
    }
    for (const item of query.data?.items ?? []) options.set(item.id, label(item));
    return [...options].map(([id, text]) => ({ value: id, label: text }));
  }, [query.data, value, valueLabel, label]);
  return { data, setText, query, seen };
}

function RemoteSelect<T extends { id: string }>({
  picker,
  value,
  onChange,
  ...props
}: Omit<RemoteSelectProps<T>, "valueLabel"> & { picker: ReturnType<typeof useRemoteSelect<T>> }) {
  const { t } = useTranslation();
  return (
    <Select
      searchable
      clearable
      data={picker.data}
      value={value}
      onSearchChange={picker.setText}
      nothingFoundMessage={picker.query.isFetching ? t("common.loading") : t("common.noResults")}
      filter={({ options }) => options}
      onChange={(id) => onChange(id, id ? (picker.seen.current.get(id) ?? null) : null)}
      {...props}
    />
  );
}

const cityLabel = (city: City) => `${flagEmoji(city.country)} ${city.name}`;

export function CityPicker({ valueLabel, ...props }: RemoteSelectProps<City>) {
  const picker = useRemoteSelect<City>(
    "cities",
    (q, signal) =>
      api.get<Page<City>>(
        "/cities",
        { q: q || undefined, sort: q ? "name" : "-population", limit: 20 },
        signal,
      ),
    cityLabel,
    props.value,
    valueLabel,
  );
  return <RemoteSelect picker={picker} {...props} />;
}

const organizationLabel = (organization: Organization) =>
  `${organization.name} (${organization.country})`;

export function OrganizationPicker({
  valueLabel,
  kind,
  ...props
}: RemoteSelectProps<Organization> & { kind?: OrganizationKind }) {
  const picker = useRemoteSelect<Organization>(
    `organizations:${kind ?? ""}`,
    (q, signal) =>
      api.get<Page<Organization>>(
        "/organizations",
        { q: q || undefined, kind, sort: "name", limit: 20 },
        signal,
      ),
    organizationLabel,
    props.value,
    valueLabel,
  );
  return <RemoteSelect picker={picker} {...props} />;
}

const personLabel = (person: Person) =>
  person.organizationName ? `${person.name} — ${person.organizationName}` : person.name;

export function PersonPicker({ valueLabel, ...props }: RemoteSelectProps<Person>) {
  const picker = useRemoteSelect<Person>(
    "people",
    (q, signal) =>
      api.get<Page<Person>>("/people", { q: q || undefined, sort: "name", limit: 20 }, signal),
    personLabel,
    props.value,
    valueLabel,
  );
  return <RemoteSelect picker={picker} {...props} />;
}
