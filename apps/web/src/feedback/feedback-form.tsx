import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { api, unwrap } from '../../api/client';
import { helsinkiToday } from '../../format';
import { StepPanel, useCommand } from './step';

/** The survey's items (1–4), as the form asks them. */
const ITEMS = ['heard', 'rightThings', 'parentCoping', 'familyRelations', 'influence'] as const;
type Item = (typeof ITEMS)[number];

interface Props {
  arrangementId: string;
  onDone: () => Promise<void>;
  onError: (err: unknown) => void;
}

/**
 * The own worker's feedback on an ended service: the survey's 1–4 items, the 0–10 question, the
 * serious-concern flag and free text. A bad answer opens the supplier's supervision, as the rules say.
 */
export function FeedbackForm({ arrangementId, onDone, onError }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const [items, setItems] = useState<Partial<Record<Item, number>>>({});
  const [recommend, setRecommend] = useState<number | null>(null);
  const [seriousConcern, setSeriousConcern] = useState(false);
  const [helpedMost, setHelpedMost] = useState('');
  const [comments, setComments] = useState('');
  const send = () =>
    run(() =>
      unwrap(
        api.POST('/feedback', {
          body: {
            arrangementId,
            respondent: 'own_worker',
            answeredOn: helsinkiToday(),
            heard: items.heard ?? null,
            rightThings: items.rightThings ?? null,
            parentCoping: items.parentCoping ?? null,
            familyRelations: items.familyRelations ?? null,
            influence: items.influence ?? null,
            recommend,
            seriousConcern,
            helpedMost: helpedMost || null,
            comments: comments || null,
            didNotHelp: null,
            wished: null,
            duration: null,
            municipality: null,
          },
        }),
      ),
    );
  return (
    <StepPanel title={t('feedback.title')}>
      {ITEMS.map((item) => (
        <RadioButtonGroup
          key={item}
          name={item}
          labelText={t(`feedback.items.${item}`)}
          groupHintText={t('feedback.scale')}
          value={items[item] ? String(items[item]) : undefined}
          onChange={(v) => setItems({ ...items, [item]: Number(v) })}
          mb="m"
        >
          {[1, 2, 3, 4].map((n) => (
            <RadioButton key={n} value={String(n)}>
              {String(n)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      ))}
      <RadioButtonGroup
        name="recommend"
        labelText={t('feedback.recommend')}
        groupHintText={t('feedback.recommendScale')}
        value={recommend === null ? undefined : String(recommend)}
        onChange={(v) => setRecommend(Number(v))}
        mb="m"
      >
        {Array.from({ length: 11 }, (_, n) => (
          <RadioButton key={n} value={String(n)}>
            {String(n)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Checkbox checked={seriousConcern} onClick={({ checkboxState }) => setSeriousConcern(checkboxState)}>
        {t('feedback.seriousConcern')}
      </Checkbox>
      <Textarea
        labelText={t('feedback.helpedMost')}
        value={helpedMost}
        onChange={(e) => setHelpedMost(e.target.value)}
      />
      <Textarea labelText={t('feedback.comments')} value={comments} onChange={(e) => setComments(e.target.value)} />
      <div className="actions">
        <Button disabled={busy} onClick={() => void send()}>
          {t('feedback.send')}
        </Button>
      </div>
    </StepPanel>
  );
}
