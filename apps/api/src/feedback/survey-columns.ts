import type { SurveyItem } from '../../../../libs/domain/feedback';

/** Each 1–4 item of the survey by its column in `feedback`: the one map the answers, statistics and scorecards read. */
export const ITEM_COLUMN: Record<SurveyItem, string> = {
  heard: 'heard',
  rightThings: 'right_things',
  lifeSituation: 'life_situation',
  parentCoping: 'parent_coping',
  familyRelations: 'family_relations',
  influence: 'influence',
};
