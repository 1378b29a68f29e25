import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useStandsAlone } from './focus';

/**
 * "Loading…": under a page's heading a line of text; where it is all the page shows yet (the app, a page's
 * chunk or its record on the way), the page's one h1, small, until the page's own takes its place.
 */
export function Loading() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const alone = useStandsAlone(box, null);
  return (
    <div ref={box}>
      {alone ? (
        <Heading variant="h4" as="h1">
          {t('app.loading')}
        </Heading>
      ) : (
        <Paragraph>{t('app.loading')}</Paragraph>
      )}
    </div>
  );
}
