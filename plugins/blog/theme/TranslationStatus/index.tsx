import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';
import type {TranslationStatusDetail, TranslationStatusEntry, TranslationStatusProps} from '../../client/types';

/**
 * The translation status page of a locale (plugin/translationStatus.ts): the
 * posts missing in it, out of date or unfinished, each with its original and
 * the file to edit. Titles keep the original's language and direction; paths
 * and URLs are left to right.
 */
export default function TranslationStatus({status}: {status: TranslationStatusProps}): ReactNode {
  const title = translate({
    id: 'qalam.translationStatus.title',
    message: 'Translation status',
    description: 'Title of the page that lists the posts missing or out of date in this language',
  });
  const groups: {state: TranslationStatusEntry['state']; heading: string}[] = [
    {
      state: 'missing',
      heading: translate({
        id: 'qalam.translationStatus.missing',
        message: 'Not translated yet',
        description: 'Heading of the posts that have no translation in this language',
      }),
    },
    {
      state: 'stale',
      heading: translate({
        id: 'qalam.translationStatus.stale',
        message: 'Older than the original',
        description: 'Heading of the translations whose original changed after them',
      }),
    },
    {
      state: 'unfinished',
      heading: translate({
        id: 'qalam.translationStatus.unfinished',
        message: 'Unfinished',
        description: 'Heading of the translations that still hold the notes of translate-post',
      }),
    },
  ];
  return (
    <Layout title={title}>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p>
          <Translate id="qalam.translationStatus.intro" description="Introduction of the translation status page">
            The posts of this blog that are not translated into this language yet, or whose translation is older than
            the original.
          </Translate>
        </p>
        {status.entries.length === 0 ? (
          <p>
            <Translate id="qalam.translationStatus.none" description="Shown when no post needs translating">
              Nothing to do: every post is translated and up to date.
            </Translate>
          </p>
        ) : (
          groups.map(({state, heading}) => {
            const entries = status.entries.filter((e) => e.state === state);
            if (entries.length === 0) return null;
            return (
              <section key={state} className="margin-bottom--lg">
                <h2>
                  {heading} <span className="badge badge--secondary">{entries.length}</span>
                </h2>
                <ul>
                  {entries.map((entry) => (
                    <Entry key={entry.file} entry={entry} />
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </main>
    </Layout>
  );
}

function Entry({entry}: {entry: TranslationStatusEntry}): ReactNode {
  const file = <Code>{entry.file}</Code>;
  return (
    <li className="margin-bottom--sm">
      {/* Another locale is another single-page app: a plain link. */}
      <a href={entry.originalUrl} hrefLang={entry.lang} lang={entry.lang} dir={entry.dir} target="_self">
        <bdi>{entry.title}</bdi>
      </a>
      <br />
      <Translate id="qalam.translationStatus.original" description="Label of the original post's file">
        Original:
      </Translate>{' '}
      <Code>{entry.originalFile}</Code>
      <br />
      <Translate id="qalam.translationStatus.file" description="Label of the file to write or edit">
        File to edit:
      </Translate>{' '}
      {entry.editUrl ? (
        <a href={entry.editUrl} target="_blank" rel="noopener noreferrer">
          {file}
        </a>
      ) : (
        file
      )}
      {entry.details?.map((detail, i) => (
        <Detail key={i} detail={detail} />
      ))}
    </li>
  );
}

/** What is left of a translation, or what changed in its original, in the page's language. */
function Detail({detail}: {detail: TranslationStatusDetail}): ReactNode {
  return (
    <div>
      <small>{sentence(detail)}</small>
      {detail.kind === 'stale' && (
        <ul>
          {detail.commits.map((commit) => (
            <li key={commit.hash}>
              <small>
                <Code>{commit.hash}</Code> {commit.date} <bdi dir="auto">{commit.subject}</bdi>
              </small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function sentence(detail: TranslationStatusDetail): ReactNode {
  const {kind} = detail;
  if (kind === 'todo')
    return (
      <Translate
        id="qalam.translationStatus.todo"
        description="A TODO translate note left in a translation's front matter ({note}: the note, {line}: its line)"
        values={{note: <Code>{`# ${detail.note}`}</Code>, line: detail.line}}>
        {'A {note} note is left in the front matter, on line {line}.'}
      </Translate>
    );
  if (kind === 'marker')
    return (
      <Translate
        id="qalam.translationStatus.marker"
        description="translate-post's marker left in a translation's body ({marker}: the marker, {line}: its line)"
        values={{marker: <Code>{'{/* translate from … */}'}</Code>, line: detail.line}}>
        {'The {marker} marker is left in the body, on line {line}.'}
      </Translate>
    );
  if (kind === 'body')
    return (
      <Translate
        id="qalam.translationStatus.body"
        description="A translation's body left in the original's language ({language}: its name, {line}: the first line)"
        values={{language: detail.language, line: detail.line}}>
        {'The body is still in {language}, the language of the original, from line {line}.'}
      </Translate>
    );
  return (
    <Translate
      id="qalam.translationStatus.staleSince"
      description="A translation older than its original ({date}: the translation's last commit, {count}: the original's commits since)"
      values={{date: detail.since, count: detail.count}}>
      {"The original changed after this translation's last commit, on {date}. Commits since: {count}"}
    </Translate>
  );
}

/** A file's path, a hash, a note: code, left to right. */
const Code = ({children}: {children: string}): ReactNode => (
  <code dir="ltr" translate="no">
    {children}
  </code>
);
