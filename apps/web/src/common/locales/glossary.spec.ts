import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { en } from './en';
import { fi } from './fi';
import { GLOSSARY, type GlossaryEntry, type GlossaryLanguage } from './glossary';
import { sv } from './sv';

const LANGUAGES: GlossaryLanguage[] = ['fi', 'sv', 'en'];
const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const ENTRIES: [string, GlossaryEntry][] = Object.entries(GLOSSARY);

interface Text {
  where: string;
  language: GlossaryLanguage;
  text: string;
}

function localeTexts(language: GlossaryLanguage, value: unknown, path: string): Text[] {
  if (typeof value === 'string') return [{ where: `${language}.ts ${path}`, language, text: value }];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => localeTexts(language, v, path ? `${path}.${k}` : k));
  return [];
}

const isLanguage = (name: string): name is GlossaryLanguage => (LANGUAGES as string[]).includes(name);

/** The language a literal is written in: the nearest enclosing `fi:`, `sv:` or `en:` property. */
function languageOf(node: ts.Node): GlossaryLanguage | undefined {
  for (let n = node.parent; n; n = n.parent)
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && isLanguage(n.name.text)) return n.name.text;
  return undefined;
}

/** Every string and template literal of a source file that sits under a language key; `${…}` reads as "…". */
function sourceTexts(file: string): Text[] {
  const where = relative(ROOT, file);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const texts: Text[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
    const language = text === undefined ? undefined : languageOf(node);
    if (text !== undefined && language) texts.push({ where, language, text });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

const LOCALES: Text[] = [...localeTexts('fi', fi, ''), ...localeTexts('sv', sv, ''), ...localeTexts('en', en, '')];

/** The letters, the e-mails and the appeal instructions: what a client or supplier reads outside the app. */
const SOURCES: { files: string[]; languages: readonly GlossaryLanguage[] }[] = [
  {
    files: readdirSync(join(ROOT, 'libs/letters'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
      .map((f) => join(ROOT, 'libs/letters', f)),
    languages: ['fi', 'sv'],
  },
  { files: [join(ROOT, 'libs/delivery/emails.ts')], languages: LANGUAGES },
  { files: [join(ROOT, 'libs/domain/decisions.ts')], languages: LANGUAGES },
];
const OTHERS: Text[] = SOURCES.flatMap((s) => s.files.flatMap(sourceTexts));

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** The phrase as a whole word or phrase, in any case. */
const asPhrase = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(p)}(?![\\p{L}\\p{N}])`, 'iu');
/** A term where a word starts, so that inflected and compound forms count as uses (oikaisuvaatimus|ohje). */
const asWordStart = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(p)}`, 'iu');

describe('glossary', () => {
  it('reads texts in every language from every source it checks', () => {
    const groups = [
      { name: 'locales', texts: LOCALES, languages: LANGUAGES },
      ...SOURCES.map((s) => {
        const names = s.files.map((f) => relative(ROOT, f));
        return { name: names.join(', '), texts: OTHERS.filter((t) => names.includes(t.where)), languages: s.languages };
      }),
    ];
    const empty = groups.flatMap((g) =>
      g.languages.filter((l) => !g.texts.some((t) => t.language === l)).map((l) => `${g.name}: no ${l} texts`),
    );
    expect(empty).toEqual([]);
  });

  it('never lists one of its own terms as a variant to avoid', () => {
    const clashes = LANGUAGES.flatMap((l) =>
      ENTRIES.flatMap(([concept, e]) =>
        (e.avoid?.[l] ?? []).flatMap((v) =>
          ENTRIES.filter(([, other]) => asPhrase(v).test(other[l])).map(
            ([c]) => `${l} ${concept}: avoids "${v}", the term of ${c}`,
          ),
        ),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it.each(LANGUAGES)('finds no avoided %s variant in the locales, letters, e-mails or appeal instructions', (l) => {
    const found = [...LOCALES, ...OTHERS]
      .filter((t) => t.language === l)
      .flatMap((t) =>
        ENTRIES.flatMap(([concept, e]) =>
          (e.avoid?.[l] ?? [])
            .filter((v) => asPhrase(v).test(t.text))
            .map((v) => `${t.where}: "${v}" (use "${e[l]}" for ${concept}) in "${t.text}"`),
        ),
      );
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)('finds every %s term in that language’s locale texts', (l) => {
    const unused = ENTRIES.filter(
      ([, e]) => !LOCALES.some((t) => t.language === l && asWordStart(e[l]).test(t.text)),
    ).map(([concept, e]) => `${concept}: "${e[l]}"`);
    expect(unused).toEqual([]);
  });
});
