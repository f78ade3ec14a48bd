import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';
import FrontMatterProblems from '../FrontMatterProblems';
import type {PostProblems} from '../../client/types';

/**
 * Dev-server only: the page of a post that could not be loaded at all (its
 * front matter does not parse, or names an unknown author). Fixing the file
 * brings the post back without a restart.
 */
export default function FrontMatterProblemsPage({problems}: {problems: PostProblems}): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'qalam.frontMatterProblems.pageTitle',
        message: 'This post cannot be shown',
        description: 'Title of the dev-server page of a post whose front matter is broken',
      })}
      noFooter={false}>
      <main className="container margin-vert--lg">
        <h1>
          <Translate
            id="qalam.frontMatterProblems.pageTitle"
            description="Title of the dev-server page of a post whose front matter is broken">
            This post cannot be shown
          </Translate>
        </h1>
        <FrontMatterProblems problems={problems} />
        <p>
          <Translate id="qalam.frontMatterProblems.hint" description="Hint under the list of problems of a broken post">
            Fix the front matter and save: this page updates by itself.
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
