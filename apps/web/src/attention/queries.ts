import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Attention = components['schemas']['Attention'];
export type AttentionSection = Attention['sections'][number];
export type AttentionCategory = AttentionSection['category'];
export type AttentionRow = components['schemas']['AttentionRow'];

export const attentionKeys = { now: ['attention'] as const };

/** What needs acting on now, of what the reader reaches: counts and rows by category, parked messages counted. */
export function useAttention() {
  return useQuery({
    queryKey: attentionKeys.now,
    queryFn: () => unwrap(api.GET('/attention', { params: { query: {} } })),
  });
}
