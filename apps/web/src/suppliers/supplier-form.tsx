import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { z } from 'zod';
import { type SupplierRecordBody, SupplierRecordSchema } from '../../../../libs/contracts/supplier-commands';
import { ErrorMessage, showProblems } from '../common/errors';
import { TextField } from '../common/fields';
import { rulesResolver } from '../common/forms';

type Values = z.input<typeof SupplierRecordSchema>;

/** The fields the API's refusals may name. */
const FIELDS = ['name', 'businessId', 'orderEmail', 'webhookUrl', 'webhookSecret'] as const;

/**
 * A supplier's record as a form, new or changed: validated by the API's own schema before it is sent, and
 * each field the API refuses (a business id another supplier has) told beside it. The webhook's secret is
 * never shown: left empty, a kept one stays.
 */
export function SupplierForm({
  defaults,
  secretKept,
  submitText,
  send,
  pending,
  error,
}: {
  defaults: Values;
  secretKept: boolean;
  submitText: string;
  send: (body: SupplierRecordBody, onError: (err: unknown) => void) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, SupplierRecordBody>({
    resolver: rulesResolver(SupplierRecordSchema),
    defaultValues: defaults,
  });
  const submit = form.handleSubmit((body) => send(body, (err) => showProblems(err, form.setError, FIELDS)));
  return (
    <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
      <ErrorMessage error={error} />
      <TextField control={form.control} name="name" labelText={t('suppliers.name')} />
      <TextField
        control={form.control}
        name="businessId"
        labelText={t('suppliers.businessId')}
        hintText={t('suppliers.businessIdHint')}
      />
      <TextField control={form.control} name="orderEmail" type="email" labelText={t('suppliers.orderEmail')} />
      <TextField
        control={form.control}
        name="webhookUrl"
        nullable
        labelText={t('suppliers.webhookUrl')}
        hintText={t('suppliers.webhookUrlHint')}
        optionalText={t('suppliers.optional')}
      />
      <TextField
        control={form.control}
        name="webhookSecret"
        type="password"
        nullable
        labelText={t('suppliers.webhookSecret')}
        hintText={t(secretKept ? 'suppliers.webhookSecretKeptHint' : 'suppliers.webhookSecretHint')}
        optionalText={t('suppliers.optional')}
      />
      <div className="actions">
        <Button disabled={pending} onClick={() => void submit()}>
          {submitText}
        </Button>
      </div>
    </form>
  );
}
