import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { SupplierRecordBody } from '../../../../libs/contracts/supplier-commands';
import { unwrap } from '../api/client';
import { useTitle } from '../common/title';
import { supplierKeys } from './queries';
import { SupplierForm } from './supplier-form';
import { useCommand } from '../api/command';

/** A new supplier in the register: its name, business id, order address and webhook. */
export default function NewSupplier() {
  const { t } = useTranslation();
  useTitle(t('suppliers.newTitle'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCommand({
    mutationFn: (body: SupplierRecordBody, api) => unwrap(api.POST('/suppliers', { body })),
    onSuccess: async (s) => {
      await queryClient.invalidateQueries({ queryKey: supplierKeys.all });
      void navigate(`/suppliers/${s.id}`);
    },
  });
  return (
    <>
      <Paragraph>
        <RouterLink asComponent={Link} to="/suppliers">
          {t('suppliers.back')}
        </RouterLink>
      </Paragraph>
      <Heading variant="h1">{t('suppliers.newTitle')}</Heading>
      <Paragraph mb="m">{t('suppliers.newIntro')}</Paragraph>
      <SupplierForm
        defaults={{ name: '', businessId: '', orderEmail: '', webhookUrl: null, webhookSecret: null }}
        secretKept={false}
        submitText={t('suppliers.create')}
        send={(body, onError) => create.mutate(body, { onError })}
        pending={create.isPending}
        error={create.error}
      />
    </>
  );
}
