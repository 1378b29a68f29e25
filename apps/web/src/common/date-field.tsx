import { useState } from 'react';
import { DateInput } from 'suomifi-ui-components';
import { finnishDate } from './format';

/** 27.11.2026 → 2026-11-27; null when the text is not a whole day. */
export function isoOf(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return null;
  return date.toISOString().slice(0, 10);
}

interface Props {
  labelText: string;
  /** The day as the API has it (YYYY-MM-DD), or '' for none. */
  value: string;
  onChange: (iso: string) => void;
  optionalText?: string;
  status?: 'default' | 'error';
  statusText?: string;
}

/** A day as Finns write it (27.11.2026), with the design system's calendar; the API gets ISO dates. */
export function DateField({ labelText, value, onChange, optionalText, status, statusText }: Props) {
  const [text, setText] = useState(finnishDate(value));
  return (
    <DateInput
      labelText={labelText}
      optionalText={optionalText}
      hintText="p.k.vvvv"
      datePickerEnabled
      value={text}
      status={status}
      statusText={statusText}
      onChange={({ value: typed }) => {
        setText(typed);
        onChange(isoOf(typed) ?? '');
      }}
    />
  );
}
