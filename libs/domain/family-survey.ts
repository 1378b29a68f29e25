/**
 * When the family is asked the feedback survey online: when the service ends (`ended`), and once while it
 * runs, when it has gone on for the county's number of months (`running`). Each point is answered once.
 */
export const SURVEY_POINTS = ['ended', 'running'] as const;
export type SurveyPoint = (typeof SURVEY_POINTS)[number];

/** Months of a running service before the family is asked, when the county has set no other number. */
export const DEFAULT_SURVEY_AFTER_MONTHS = 6;
