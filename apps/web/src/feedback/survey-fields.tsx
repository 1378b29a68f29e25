import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { WORKED_WITH, type WorkedWith } from '../../../../libs/domain/feedback';

/**
 * The survey's own fields, shared by the own worker's feedback form and the family's survey: the same
 * questions, so the same controls.
 */

/** One answer on a numbered scale, as radio buttons; `groupName` keeps several forms on a page apart. */
export function ScaleField<T extends FieldValues, O>({
  control,
  name,
  groupName = name,
  values,
  labelText,
  hintText,
  segmented,
}: {
  control: Control<T, unknown, O>;
  name: Path<T>;
  groupName?: string;
  values: number[];
  labelText: string;
  hintText: string;
  segmented?: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioButtonGroup
          name={groupName}
          labelText={labelText}
          groupHintText={hintText}
          value={typeof field.value === 'number' ? String(field.value) : undefined}
          onChange={(v) => field.onChange(Number(v))}
          className={segmented ? 'scale segmented' : undefined}
          mb="m"
        >
          {values.map((n) => (
            <RadioButton key={n} value={String(n)}>
              {String(n)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    />
  );
}

/** With whom the work was done: any of the choices, or none (null). */
export function WorkedWithField<T extends FieldValues, O>({
  control,
  name,
  legend,
}: {
  control: Control<T, unknown, O>;
  name: Path<T>;
  legend: string;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        // The schema's input is any value (a CSV cell is read too): the form's is the list it keeps.
        const chosen = (field.value as WorkedWith[] | null | undefined) ?? [];
        return (
          <fieldset className="checks">
            <legend>{legend}</legend>
            {WORKED_WITH.map((w) => (
              <Checkbox
                key={w}
                checked={chosen.includes(w)}
                onClick={({ checkboxState }) => {
                  const next = checkboxState ? [...chosen, w] : chosen.filter((x) => x !== w);
                  field.onChange(next.length ? next : null);
                }}
              >
                {t(`feedback.workedWithChoices.${w}`)}
              </Checkbox>
            ))}
          </fieldset>
        );
      }}
    />
  );
}
