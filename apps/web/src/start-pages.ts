import START_PAGE_NEEDS from './start-pages.json';

/**
 * The pages people start on (the API's menus say whose), by path, with each one's module under src/ and the
 * API paths of the data it shows first (start-pages.json, which the build reads too). The app preloads the one
 * it opens on (`preloadStartPage`); the build names their code's files and their data's paths in the page, so
 * that its early script asks for them at once rather than after the app's own files have loaded and run. A
 * page's data paths are those its first queries ask for, to the letter (a `{name}` filled from GET /me): a path
 * asked otherwise is asked twice, which the web app's tests would see.
 */
export type StartPath = keyof typeof START_PAGE_NEEDS;

/**
 * How long a start page's first data, asked for as the app starts (app.tsx), counts as fresh: the page, mounted a
 * moment later, takes it rather than asking again.
 */
export const START_DATA_FRESH_MS = 2_000;

export function isStartPath(path: string): path is StartPath {
  return Object.hasOwn(START_PAGE_NEEDS, path);
}
