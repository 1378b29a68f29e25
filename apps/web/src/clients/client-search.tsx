import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';

/**
 * A search for clients by name or birth date (24.12.2016 or 2016-12-24), sent when the worker asks:
 * the API matches, within what the reader reaches, and logs every client it shows.
 */
export function ClientSearch({ onSearch, id }: { onSearch: (q: string) => void; id: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" aria-label={t('clientSearch.label')} className="client-search" onSubmit={submit}>
      <TextInput
        id={id}
        labelText={t('clientSearch.label')}
        hintText={t('clientSearch.hint')}
        value={text}
        onChange={(v) => setText(String(v ?? ''))}
      />
      <Button type="submit">{t('clientSearch.submit')}</Button>
    </form>
  );
}
