import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';
import type {TranslationStatusEntry, TranslationStatusProps} from '../../client/types';

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
  const file = (
    <code dir="ltr" translate="no">
      {entry.file}
    </code>
  );
  return (
    <li className="margin-bottom--sm">
      {/* Another locale is another single-page app: a plain link. */}
      <a href={entry.originalUrl} hrefLang={entry.lang} lang={entry.lang} dir={entry.dir} target="_self">
        <bdi>{entry.title}</bdi>
      </a>{' '}
      (
      <Translate id="qalam.translationStatus.original" description="Label of the original post's file">
        original
      </Translate>
      :{' '}
      <code dir="ltr" translate="no">
        {entry.originalFile}
      </code>
      )
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
      {/* The check's own words, in English: isolated, so that they keep their order in a right-to-left page. */}
      {entry.notes?.map((note) => (
        <div key={note}>
          <small>
            <bdi dir="ltr" lang="en">
              {note}
            </bdi>
          </small>
        </div>
      ))}
    </li>
  );
}
