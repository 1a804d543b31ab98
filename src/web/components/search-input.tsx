import { TextInput, type TextInputProps } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";

/** A search box that reports its text a moment after typing stops. */
export function SearchInput({
  onSearch,
  initial = "",
  ...props
}: { onSearch: (text: string) => void; initial?: string } & Omit<
  TextInputProps,
  "onChange" | "value"
>) {
  const [text, setText] = useState(initial);
  const report = useDebouncedCallback(onSearch, 300);
  return (
    <TextInput
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
      {...props}
    />
  );
}
