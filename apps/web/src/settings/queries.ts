import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CountySettingsAction } from '../../../../libs/contracts/actions';
import type { SetCountySettingSchema } from '../../../../libs/contracts/county-settings';
import type { z } from 'zod';
import { api, unwrap } from '../api/client';
import { useCommand } from '../api/command';
import type { components } from '../api/schema';

export type CountySettings = components['schemas']['CountySettings'];
export type CountySetting = CountySettings['history'][number];
export type SettingChange = z.output<typeof SetCountySettingSchema>;

const settingsKey = ['county-settings'] as const;

export function useCountySettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.GET('/county-settings')) });
}

/** A new value: the settings are read again, and so are the figures drawn against them. */
export function useSetCountySetting() {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: (body: SettingChange, api) => unwrap(api.POST('/county-settings', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: settingsKey });
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

/** Whether the reader may set a value, as the API says in the settings' `allowedActions`. */
export function allowsOnSettings(s: Pick<CountySettings, 'allowedActions'>, action: CountySettingsAction): boolean {
  return s.allowedActions.includes(action);
}
