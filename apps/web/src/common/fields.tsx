import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { Textarea, TextInput } from 'suomifi-ui-components';
import { DateField } from './date-field';
import { useFieldStatus } from './errors';

/**
 * The design system's fields bound to a react-hook-form form: each shows its rule's text in the reader's
 * language when the schema or the API refuses it.
 */
interface FieldProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  labelText: string;
  hintText?: string;
  optionalText?: string;
}

/** A text; `nullable` sends an empty one as null (an optional text of the API). */
export function TextareaField<T extends FieldValues, O>({
  control,
  name,
  nullable,
  ...props
}: FieldProps<T, O> & { nullable?: boolean }) {
  const status = useFieldStatus();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Textarea
          {...props}
          name={field.name}
          value={(field.value as string | null) ?? ''}
          onChange={(e) => field.onChange(nullable && e.target.value === '' ? null : e.target.value)}
          onBlur={field.onBlur}
          {...status(fieldState.error)}
        />
      )}
    />
  );
}

/** A number typed as Finns type it (a decimal comma allowed); empty is null. */
export function NumberField<T extends FieldValues, O>({ control, name, ...props }: FieldProps<T, O>) {
  const status = useFieldStatus();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          {...props}
          name={field.name}
          inputMode="decimal"
          defaultValue={field.value === null || field.value === undefined ? '' : String(field.value).replace('.', ',')}
          onChange={(v) => {
            const text = String(v ?? '').trim();
            field.onChange(text === '' ? null : Number(text.replace(',', '.')));
          }}
          onBlur={field.onBlur}
          {...status(fieldState.error)}
        />
      )}
    />
  );
}

/** A day (27.11.2026) as the API's ISO date; a text that is no day is '' and fails the date rule. */
export function DayField<T extends FieldValues, O>({ control, name, ...props }: FieldProps<T, O>) {
  const status = useFieldStatus();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          {...props}
          value={field.value as string | null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          {...status(fieldState.error)}
        />
      )}
    />
  );
}

/** A price typed in euros as Finns write it (62,50), kept in cents as the API has it; not a price is null. */
export function EuroField<T extends FieldValues, O>({ control, name, ...props }: FieldProps<T, O>) {
  const status = useFieldStatus();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          {...props}
          name={field.name}
          inputMode="decimal"
          defaultValue={typeof field.value === 'number' ? (field.value / 100).toFixed(2).replace('.', ',') : ''}
          onChange={(v) => {
            const text = String(v ?? '')
              .replace(/\s|€/g, '')
              .replace(',', '.');
            const euros = Number(text);
            field.onChange(text === '' || !Number.isFinite(euros) ? null : Math.round(euros * 100));
          }}
          onBlur={field.onBlur}
          {...status(fieldState.error)}
        />
      )}
    />
  );
}

/** A line of text; `nullable` sends an empty one as null. */
export function TextField<T extends FieldValues, O>({
  control,
  name,
  nullable,
  type,
  ...props
}: FieldProps<T, O> & { nullable?: boolean; type?: 'email' | 'text' | 'password' }) {
  const status = useFieldStatus();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          {...props}
          type={type}
          name={field.name}
          value={(field.value as string | null) ?? ''}
          onChange={(v) => {
            const text = String(v ?? '');
            field.onChange(nullable && text.trim() === '' ? null : text);
          }}
          onBlur={field.onBlur}
          {...status(fieldState.error)}
        />
      )}
    />
  );
}

/** A whole number; empty is `empty` (undefined for a term left out, null for a value the API takes as none). */
export function CountField<T extends FieldValues, O>({
  control,
  name,
  empty,
  ...props
}: FieldProps<T, O> & { empty: null | undefined }) {
  const status = useFieldStatus();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          {...props}
          name={field.name}
          inputMode="numeric"
          defaultValue={typeof field.value === 'number' ? String(field.value) : ''}
          onChange={(v) => {
            const text = String(v ?? '').trim();
            field.onChange(text === '' ? empty : Number(text));
          }}
          onBlur={field.onBlur}
          {...status(fieldState.error)}
        />
      )}
    />
  );
}
