import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRulesAction } from '../../../../libs/contracts/actions';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useCommand } from '../api/command';

export type ImportReport = components['schemas']['FeedbackImportReport'];
export type FeedbackRuleSet = components['schemas']['FeedbackRuleSet'];
export type RulesChange = components['schemas']['FeedbackRulesDto'];

const rulesKey = ['feedback-rules'] as const;

/** A survey export sent as it is: the API reads the CSV, so that one reader decides what each row says. */
export function useImport() {
  return useCommand({
    mutationFn: (text: string, api) =>
      unwrap(
        api.POST('/feedback/imports', {
          body: text,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
  });
}

export function useFeedbackRules() {
  return useQuery({ queryKey: rulesKey, queryFn: () => unwrap(api.GET('/feedback/rules')) });
}

/** A new version of the rules: its answer (the rules now in force) replaces the cached ones. */
export function useChangeRules() {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: (body: RulesChange, api) => unwrap(api.PUT('/feedback/rules', { body })),
    onSuccess: (rules) => queryClient.setQueryData(rulesKey, rules),
  });
}

/** Whether the reader may change the rules, as the API says in their `allowedActions`. */
export function allowsOnRules(r: Pick<FeedbackRuleSet, 'allowedActions'>, action: FeedbackRulesAction): boolean {
  return r.allowedActions.includes(action);
}
