import { useState } from 'react';
import { DateInput } from 'suomifi-ui-components';
import { finnishDate, isoOf } from './format';

interface Props {
  labelText: string;
  /** The day as the API has it (YYYY-MM-DD), or '' for none. */
  value: string | null | undefined;
  onChange: (iso: string) => void;
  onBlur?: () => void;
  optionalText?: string;
  status?: 'default' | 'error';
  statusText?: string;
}

/** A day as Finns write it (27.11.2026), with the design system's calendar; the API gets ISO dates. */
export function DateField({ labelText, value, onChange, onBlur, optionalText, status, statusText }: Props) {
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
      onBlur={onBlur}
      onChange={({ value: typed }) => {
        setText(typed);
        onChange(isoOf(typed) ?? '');
      }}
    />
  );
}
