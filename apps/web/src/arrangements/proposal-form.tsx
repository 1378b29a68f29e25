import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import type { z } from 'zod';
import { CreateArrangementSchema } from '../../../../libs/contracts/arrangement-commands';
import { ageOn, durationMonths, isDuration, isIsoDate } from '../../../../libs/domain/dates';
import { checkAgainstCard } from '../../../../libs/domain/service-card';
import { unwrap } from '../api/client';
import { useCommand } from '../api/command';
import type { ArrangementDetail, Client, ServiceDefinition } from '../api/types';
import { useCatalogue } from '../catalogue/catalogue';
import { clientsQuery } from '../clients/clients-query';
import { useDraft } from '../common/draft';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { DayField, NumberField, TextareaField } from '../common/fields';
import { helsinkiToday } from '../common/format';
import { rulesResolver } from '../common/forms';
import { useTitle } from '../common/title';
import { keys, useArrangement } from './queries';

type Lang = 'fi' | 'sv' | 'en';
type Values = z.input<typeof CreateArrangementSchema>;
type Body = z.output<typeof CreateArrangementSchema>;
type Card = Parameters<typeof checkAgainstCard>[0];

/** What this browser keeps of the form: the values typed, and the proposal once it has been created. */
interface Draft {
  values: Values;
  createdId: string | null;
}

/** The form's fields, which the API's refusals name too. */
const FIELDS = [
  'serviceCode',
  'hoursPerMonth',
  'needsAssessedOn',
  'desiredStartOn',
  'plannedDuration',
  'notRightWhenPresent',
  'justification',
  'goals',
  'specialConsideration',
  'expectedBirthOn',
  'familyAgreedOn',
  'fitWithOtherServices',
] as const;

/** The form as a returned proposal was sent. */
function valuesOf(a: ArrangementDetail, clientId: string): Values {
  const p = a.proposal ?? {};
  return {
    clientId,
    serviceCode: a.serviceCode,
    hoursPerMonth: a.hoursPerMonth,
    needsAssessedOn: a.needsAssessedOn,
    desiredStartOn: a.desiredStartOn,
    plannedDuration: p.plannedDuration ?? null,
    notRightWhenPresent: p.notRightWhenPresent ?? [],
    justification: p.justification ?? '',
    goals: p.goals ?? '',
    specialConsideration: p.specialConsideration ?? null,
    expectedBirthOn: p.expectedBirthOn ?? null,
    familyAgreedOn: p.familyAgreedOn ?? null,
    fitWithOtherServices: p.fitWithOtherServices ?? null,
  };
}

const empty = (clientId: string): Values => ({
  clientId,
  serviceCode: '',
  hoursPerMonth: null,
  needsAssessedOn: '',
  desiredStartOn: null,
  plannedDuration: null,
  notRightWhenPresent: [],
  justification: '',
  goals: '',
  specialConsideration: null,
  expectedBirthOn: null,
  familyAgreedOn: null,
  fitWithOtherServices: null,
});

/**
 * A new service proposal, or a returned one completed: guided by the service's principle card (when it is
 * right and when not, the ages, hours and periods); what the card treats as an exception, by the domain's
 * own check, opens the special-consideration field. Everything typed is kept in this browser as it is typed.
 */
export default function ProposalForm() {
  const { clientId = '', id: editing } = useParams();
  const { t } = useTranslation();
  const clients = useQuery(clientsQuery(''));
  const catalogue = useCatalogue();
  const arrangement = useArrangement(editing ?? '', Boolean(editing));
  const draft = useDraft<Draft>(`proposal:${editing ?? clientId}`);
  const ownerId = (editing ? arrangement.data?.client?.id : clientId) ?? '';
  const client = clients.data?.find((c) => c.id === ownerId);
  useTitle(t(editing ? 'titles.editProposal' : 'titles.newProposal'));
  const error = clients.error ?? catalogue.error ?? (editing ? arrangement.error : null);
  // Nothing is typed before what is being completed has been read: it would be overwritten.
  const loaded = clients.data && catalogue.data && (!editing || arrangement.data);
  return (
    <>
      <Heading variant="h1">
        {t(editing ? 'proposal.editTitle' : 'proposal.title', { name: client?.fullName ?? '' })}
      </Heading>
      <Paragraph mb="m">{t('proposal.intro')}</Paragraph>
      <ErrorMessage error={error} />
      {!loaded && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      {loaded && client && (
        <ProposalFields
          editing={editing ?? null}
          client={client}
          services={catalogue.data}
          // A returned proposal opens as it was sent, unless this browser holds newer typing of it.
          initial={
            draft.stored ?? {
              values: arrangement.data ? valuesOf(arrangement.data, ownerId) : empty(ownerId),
              createdId: editing ?? null,
            }
          }
          draft={draft}
        />
      )}
    </>
  );
}

function ProposalFields({
  editing,
  client,
  services,
  initial,
  draft,
}: {
  editing: string | null;
  client: Client & { legalBasis: string };
  services: ServiceDefinition[];
  initial: Draft;
  draft: ReturnType<typeof useDraft<Draft>>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const status = useFieldStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, Body>({
    resolver: rulesResolver(CreateArrangementSchema),
    defaultValues: initial.values,
  });
  const [createdId, setCreatedId] = useState(initial.createdId);
  /** One key a request: kept while an answer may have been lost, new once the API has answered. */
  useEffect(() => {
    const sub = form.watch((values) => draft.keep({ values: values as Values, createdId }));
    return () => sub.unsubscribe();
  }, [form, draft, createdId]);

  const values = form.watch();
  const available = services.filter((s) => s.legalBases.includes(client.legalBasis as 'SHL'));
  const card = services.find((s) => s.code === values.serviceCode) ?? null;

  // What the card treats as an exception, by the domain's own check: each needs a special consideration.
  const exceptions = useMemo(() => {
    if (!card) return [];
    const startsOn = [values.desiredStartOn, values.needsAssessedOn].find((d) => d && isIsoDate(d)) ?? helsinkiToday();
    const planned = values.plannedDuration ?? null;
    const birth = card.beforeBirth && values.expectedBirthOn && isIsoDate(values.expectedBirthOn);
    const check = checkAgainstCard(card as unknown as Card, {
      legalBasis: client.legalBasis as 'SHL',
      dateOfBirth: client.dateOfBirth,
      startsOn,
      hoursPerMonth: values.hoursPerMonth ?? null,
      notRightWhenPresent: values.notRightWhenPresent ?? [],
      plannedDuration: planned && /^P\d+M$/.test(planned) ? planned : null,
      needsAssessedOn: values.needsAssessedOn && isIsoDate(values.needsAssessedOn) ? values.needsAssessedOn : startsOn,
      specialSupportNeeds: client.specialSupportNeeds,
      expectedBirthOn: birth ? values.expectedBirthOn! : null,
    });
    const why = new Set(
      check.considerations.map((c) =>
        c.code === 'age_special_consideration'
          ? t('proposal.why.age', { age: ageOn(client.dateOfBirth, startsOn) })
          : c.code === 'extension_special_consideration'
            ? t('proposal.why.duration')
            : c.code === 'special_support_needs_special_consideration'
              ? t('proposal.why.specialSupportNeeds')
              : t('proposal.why.notRightWhen'),
      ),
    );
    return [...why];
  }, [
    card,
    client,
    values.desiredStartOn,
    values.needsAssessedOn,
    values.plannedDuration,
    values.hoursPerMonth,
    values.notRightWhenPresent,
    values.expectedBirthOn,
    t,
  ]);

  const save = useCommand({
    mutationFn: async ({ body, submit }: { body: Body; submit: boolean }, api) => {
      // The proposal's own fields: who it is for and the service are the arrangement's, set when it is created.
      const proposal = {
        hoursPerMonth: body.hoursPerMonth,
        needsAssessedOn: body.needsAssessedOn,
        desiredStartOn: body.desiredStartOn,
        justification: body.justification,
        goals: body.goals,
        notRightWhenPresent: body.notRightWhenPresent,
        plannedDuration: body.plannedDuration,
        specialConsideration: body.specialConsideration,
        expectedBirthOn: body.expectedBirthOn,
        familyAgreedOn: body.familyAgreedOn,
        fitWithOtherServices: body.fitWithOtherServices,
      };
      const id = createdId
        ? (
            await unwrap(
              api.PUT('/arrangements/{id}/proposal', { params: { path: { id: createdId } }, body: proposal }),
            )
          ).id
        : (await unwrap(api.POST('/arrangements', { body }))).id;
      setCreatedId(id);
      if (submit) await unwrap(api.POST('/arrangements/{id}/submit', { params: { path: { id } }, body: {} }));
      return id;
    },
    onSuccess: async (id) => {
      draft.clear();
      await queryClient.invalidateQueries({ queryKey: keys.lists });
      await queryClient.invalidateQueries({ queryKey: keys.arrangement(id) });
      void navigate(`/arrangements/${id}`);
    },
    onError: (err) => {
      showProblems(err, form.setError, FIELDS);
    },
  });
  const send = (submit: boolean) =>
    form.handleSubmit((body) =>
      save.mutate({
        body: {
          ...body,
          hoursPerMonth: card?.hoursPerMonth ? body.hoursPerMonth : null,
          expectedBirthOn: card?.beforeBirth ? body.expectedBirthOn : null,
          specialConsideration: exceptions.length ? body.specialConsideration : null,
        },
        submit,
      }),
    )();

  return (
    <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
      <ErrorMessage error={save.error} />
      {editing && card && (
        <Paragraph>
          <strong>{t('proposal.service')}:</strong> {card.name[lang]}
        </Paragraph>
      )}
      {!editing && (
        <Controller
          control={form.control}
          name="serviceCode"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('proposal.service')}
              visualPlaceholder={t('team.choose')}
              value={field.value || null}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {available.map((s) => (
                <DropdownItem key={s.code} value={s.code}>
                  {s.name[lang]}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
      )}
      {card && (
        <section className="card principle-card" aria-labelledby="card-heading">
          <Heading variant="h2" id="card-heading">
            {t('proposal.card', { name: card.name[lang] })}
          </Heading>
          <Paragraph>{card.description[lang]}</Paragraph>
          {card.source && <Paragraph className="card-source">{card.source[lang]}</Paragraph>}
          {card.voluntary && <Paragraph>{t('proposal.voluntary')}</Paragraph>}
          {card.beforeBirth && <Paragraph>{t('proposal.beforeBirth')}</Paragraph>}
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
            {t('proposal.periods', {
              first: Math.round(durationMonths(card.periods.first)),
              max: Math.round(durationMonths(card.periods.max)),
            })}
          </Paragraph>
          <Controller
            control={form.control}
            name="notRightWhenPresent"
            render={({ field }) => {
              const present = field.value ?? [];
              return (
                <fieldset className="checks">
                  <legend>{t('proposal.notRightWhen')}</legend>
                  {card.notRightWhen.map((c) => (
                    <Checkbox
                      key={c.code}
                      checked={present.includes(c.code)}
                      onClick={({ checkboxState }) =>
                        field.onChange(checkboxState ? [...present, c.code] : present.filter((x) => x !== c.code))
                      }
                    >
                      {c.text[lang]}
                    </Checkbox>
                  ))}
                </fieldset>
              );
            }}
          />
        </section>
      )}
      {card?.hoursPerMonth && (
        <NumberField control={form.control} name="hoursPerMonth" labelText={t('arrangement.hours')} />
      )}
      <DayField control={form.control} name="needsAssessedOn" labelText={t('arrangement.assessedOn')} />
      <DayField control={form.control} name="desiredStartOn" labelText={t('arrangement.desiredStart')} />
      {card?.beforeBirth && (
        <DayField control={form.control} name="expectedBirthOn" labelText={t('proposal.expectedBirthOn')} />
      )}
      {card?.voluntary && (
        <DayField control={form.control} name="familyAgreedOn" labelText={t('proposal.familyAgreedOn')} />
      )}
      <Controller
        control={form.control}
        name="plannedDuration"
        render={({ field, fieldState }) => (
          <TextInput
            labelText={t('proposal.plannedMonths')}
            optionalText={t('proposal.optional')}
            inputMode="numeric"
            defaultValue={field.value && isDuration(field.value) ? String(Math.round(durationMonths(field.value))) : ''}
            onChange={(v) => {
              const months = String(v ?? '').trim();
              field.onChange(months === '' ? null : `P${months}M`);
            }}
            onBlur={field.onBlur}
            {...status(fieldState.error)}
          />
        )}
      />
      <TextareaField control={form.control} name="justification" labelText={t('arrangement.justification')} />
      <TextareaField control={form.control} name="goals" labelText={t('arrangement.goals')} />
      <TextareaField
        control={form.control}
        name="fitWithOtherServices"
        nullable
        labelText={t('proposal.fitWithOtherServices')}
        hintText={t('proposal.fitHint')}
      />
      {exceptions.length > 0 && (
        <TextareaField
          control={form.control}
          name="specialConsideration"
          nullable
          labelText={t('queue.special')}
          hintText={`${t('proposal.specialHint')} ${exceptions.join(' ')}`}
        />
      )}
      <Paragraph className="saved" role="status">
        {t('proposal.keptHere')}
      </Paragraph>
      <div className="actions">
        <Button disabled={save.isPending} onClick={() => void send(true)}>
          {t('proposal.submit')}
        </Button>
        <Button variant="secondary" disabled={save.isPending} onClick={() => void send(false)}>
          {t('proposal.saveDraft')}
        </Button>
      </div>
    </form>
  );
}
