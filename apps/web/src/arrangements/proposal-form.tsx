import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { DateField } from '../date-field';
import { api, unwrap } from '../api/client';
import type { ArrangementDetail, Client, ServiceDefinition } from '../api/types';
import { fetchCatalogue, monthsOf } from '../catalogue';
import { ErrorMessage, useFieldStatus } from '../errors';
import { useDraft } from '../draft';

type Lang = 'fi' | 'sv' | 'en';

interface Form {
  serviceCode: string | null;
  hoursPerMonth: string;
  needsAssessedOn: string;
  desiredStartOn: string;
  plannedMonths: string;
  notRightWhenPresent: string[];
  justification: string;
  goals: string;
  specialConsideration: string;
  /** One key per proposal, so that a retried save creates it once. */
  key: string;
}

const EMPTY = (): Form => ({
  serviceCode: null,
  hoursPerMonth: '',
  needsAssessedOn: '',
  desiredStartOn: '',
  plannedMonths: '',
  notRightWhenPresent: [],
  justification: '',
  goals: '',
  specialConsideration: '',
  key: crypto.randomUUID(),
});

/** The form as a returned proposal was sent. */
function formOf(a: ArrangementDetail): Form {
  const p = a.proposal ?? {};
  return {
    ...EMPTY(),
    serviceCode: a.serviceCode,
    hoursPerMonth: a.hoursPerMonth === null ? '' : String(a.hoursPerMonth),
    needsAssessedOn: a.needsAssessedOn,
    desiredStartOn: a.desiredStartOn ?? '',
    plannedMonths: p.plannedDuration ? String(monthsOf(p.plannedDuration)) : '',
    notRightWhenPresent: p.notRightWhenPresent ?? [],
    justification: p.justification ?? '',
    goals: p.goals ?? '',
    specialConsideration: p.specialConsideration ?? '',
  };
}

/** The child's age in whole years on a day. */
function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * A new service proposal, guided by the service's principle card: when it is right and when not, the
 * ages, hours and periods; what the card treats as an exception opens the special-consideration field.
 * Everything typed is kept in this browser as it is typed, so a reload or a lost connection loses nothing.
 */
export default function NewProposal() {
  const { clientId = '', id: editing } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const navigate = useNavigate();
  const [form, setForm, clearDraft, fromDraft] = useDraft<Form>(`proposal:${editing ?? clientId}`, EMPTY);
  const [client, setClient] = useState<(Client & { legalBasis: string }) | null>(null);
  const [ownerId, setOwnerId] = useState(clientId);
  const [services, setServices] = useState<ServiceDefinition[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    Promise.all([
      unwrap(api.GET('/clients')),
      fetchCatalogue(),
      editing ? unwrap(api.GET('/arrangements/{id}', { params: { path: { id: editing } } })) : null,
    ]).then(([clients, services, a]) => {
      const of = a?.client?.id ?? clientId;
      setOwnerId(of);
      setClient(clients.find((c) => c.id === of) ?? null);
      setServices(services);
      // A returned proposal opens as it was sent, unless this browser holds newer typing of it.
      if (a && !fromDraft) setForm(formOf(a));
      setLoaded(true);
    }, setError);
  }, [clientId, editing]);

  const available = services.filter((s) => !client || s.legalBases.includes(client.legalBasis as 'SHL'));
  const card = services.find((s) => s.code === form.serviceCode) ?? null;
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm({ ...form, [k]: v });

  // What the card treats as an exception: each needs a written special consideration.
  const exceptions = useMemo(() => {
    if (!card || !client) return [];
    const out: string[] = [];
    if (form.notRightWhenPresent.length) out.push(t('proposal.why.notRightWhen'));
    const start = form.desiredStartOn || form.needsAssessedOn;
    if (card.ageRange?.special && start) {
      const age = ageOn(client.dateOfBirth, start);
      if (
        age >= card.ageRange.special.min &&
        age <= card.ageRange.special.max &&
        (age < card.ageRange.min || age > card.ageRange.max)
      ) {
        out.push(t('proposal.why.age', { age }));
      }
    }
    if (form.plannedMonths && Number(form.plannedMonths) > monthsOf(card.periods.max))
      out.push(t('proposal.why.duration'));
    return out;
  }, [card, client, form, t]);

  const status = useFieldStatus(error);

  const save = async (submit: boolean) => {
    setBusy(true);
    try {
      const proposal = {
        hoursPerMonth: form.hoursPerMonth ? Number(form.hoursPerMonth) : null,
        needsAssessedOn: form.needsAssessedOn,
        desiredStartOn: form.desiredStartOn || null,
        justification: form.justification,
        goals: form.goals,
        notRightWhenPresent: form.notRightWhenPresent,
        plannedDuration: form.plannedMonths ? `P${Number(form.plannedMonths)}M` : null,
        specialConsideration: exceptions.length ? form.specialConsideration || null : null,
      };
      const key = { 'Idempotency-Key': form.key };
      const { id } = editing
        ? await unwrap(
            api.PUT('/arrangements/{id}/proposal', { params: { path: { id: editing }, header: key }, body: proposal }),
          )
        : await unwrap(
            api.POST('/arrangements', {
              params: { header: key },
              body: { clientId: ownerId, serviceCode: form.serviceCode ?? '', ...proposal },
            }),
          );
      if (submit) {
        await unwrap(api.POST('/arrangements/{id}/submit', { params: { path: { id } }, body: {} }));
      }
      clearDraft();
      void navigate(`/arrangements/${id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading variant="h1">
        {t(editing ? 'proposal.editTitle' : 'proposal.title', { name: client?.fullName ?? '' })}
      </Heading>
      <Paragraph mb="m">{t('proposal.intro')}</Paragraph>
      <ErrorMessage error={error} />
      {/* Nothing is typed before what is being completed has been read: it would be overwritten. */}
      {!loaded && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      {loaded && (
        <form className="form" onSubmit={(e) => e.preventDefault()}>
          {/* The design system's dropdown needs its items: shown once the catalogue is read. */}
          {editing && card && (
            <Paragraph>
              <strong>{t('proposal.service')}:</strong> {card.name[lang]}
            </Paragraph>
          )}
          {!editing && available.length > 0 && (
            <Dropdown
              labelText={t('proposal.service')}
              visualPlaceholder={t('team.choose')}
              value={form.serviceCode}
              onChange={(v) => set('serviceCode', v)}
              {...status('serviceCode')}
            >
              {available.map((s) => (
                <DropdownItem key={s.code} value={s.code}>
                  {s.name[lang]}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
          {card && (
            <section className="card principle-card" aria-labelledby="card-heading">
              <Heading variant="h2" id="card-heading">
                {t('proposal.card', { name: card.name[lang] })}
              </Heading>
              <Paragraph>{card.description[lang]}</Paragraph>
              <Heading variant="h3" mt="s">
                {t('proposal.rightWhen')}
              </Heading>
              <ul>
                {card.rightWhen.map((c) => (
                  <li key={c.code}>{c.text[lang]}</li>
                ))}
              </ul>
              {card.ageRange && (
                <Paragraph>
                  {t('proposal.ages', { min: card.ageRange.min, max: card.ageRange.max })}
                  {card.ageRange.special &&
                    ` ${t('proposal.specialAges', { min: card.ageRange.special.min, max: card.ageRange.special.max })}`}
                </Paragraph>
              )}
              {card.hoursPerMonth && (
                <Paragraph>
                  {t('proposal.hoursRange', { min: card.hoursPerMonth.min, max: card.hoursPerMonth.max })}
                </Paragraph>
              )}
              <Paragraph>
                {t('proposal.periods', { first: monthsOf(card.periods.first), max: monthsOf(card.periods.max) })}
              </Paragraph>
              <fieldset className="checks">
                <legend>{t('proposal.notRightWhen')}</legend>
                {card.notRightWhen.map((c) => (
                  <Checkbox
                    key={c.code}
                    checked={form.notRightWhenPresent.includes(c.code)}
                    onClick={({ checkboxState }) =>
                      set(
                        'notRightWhenPresent',
                        checkboxState
                          ? [...form.notRightWhenPresent, c.code]
                          : form.notRightWhenPresent.filter((x) => x !== c.code),
                      )
                    }
                  >
                    {c.text[lang]}
                  </Checkbox>
                ))}
              </fieldset>
            </section>
          )}
          {card?.hoursPerMonth && (
            <TextInput
              labelText={t('arrangement.hours')}
              type="number"
              value={form.hoursPerMonth}
              onChange={(v) => set('hoursPerMonth', String(v ?? ''))}
              {...status('hoursPerMonth')}
            />
          )}
          <DateField
            labelText={t('arrangement.assessedOn')}
            value={form.needsAssessedOn}
            onChange={(v) => set('needsAssessedOn', v)}
            {...status('needsAssessedOn')}
          />
          <DateField
            labelText={t('arrangement.desiredStart')}
            value={form.desiredStartOn}
            onChange={(v) => set('desiredStartOn', v)}
            {...status('desiredStartOn')}
          />
          <TextInput
            labelText={t('proposal.plannedMonths')}
            optionalText={t('proposal.optional')}
            type="number"
            value={form.plannedMonths}
            onChange={(v) => set('plannedMonths', String(v ?? ''))}
            {...status('plannedDuration')}
          />
          <Textarea
            labelText={t('arrangement.justification')}
            value={form.justification}
            onChange={(e) => set('justification', e.target.value)}
            {...status('justification')}
          />
          <Textarea
            labelText={t('arrangement.goals')}
            value={form.goals}
            onChange={(e) => set('goals', e.target.value)}
            {...status('goals')}
          />
          {exceptions.length > 0 && (
            <Textarea
              labelText={t('queue.special')}
              hintText={`${t('proposal.specialHint')} ${exceptions.join(' ')}`}
              value={form.specialConsideration}
              onChange={(e) => set('specialConsideration', e.target.value)}
              {...status('specialConsideration')}
            />
          )}
          <Paragraph className="saved" role="status">
            {t('proposal.keptHere')}
          </Paragraph>
          <div className="actions">
            <Button disabled={busy || !form.serviceCode} onClick={() => void save(true)}>
              {t('proposal.submit')}
            </Button>
            <Button variant="secondary" disabled={busy || !form.serviceCode} onClick={() => void save(false)}>
              {t('proposal.saveDraft')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
