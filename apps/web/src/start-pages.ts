import START_PAGE_MODULES from './start-pages.json';

/**
 * The pages people start on (the API's menus say whose), by path, with each one's module under src/
 * (start-pages.json, which the build reads too). The app preloads the one it opens on (`preloadStartPage`);
 * the build names their code's files in the page, so that its early script asks for them at once rather than
 * after the app's own files have loaded and run.
 */
export type StartPath = keyof typeof START_PAGE_MODULES;

export function isStartPath(path: string): path is StartPath {
  return Object.hasOwn(START_PAGE_MODULES, path);
}
