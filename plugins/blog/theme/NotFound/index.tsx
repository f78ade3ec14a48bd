import React, {type ReactNode} from 'react';
import NotFound from '@theme-init/NotFound';
import type NotFoundType from '@theme/NotFound';
import type {WrapperProps} from '@docusaurus/types';
import {NotFoundContext} from '../../client/notFound';

type Props = WrapperProps<typeof NotFoundType>;

/** The classic 404 page, telling the components in it (the language switch) that its URL exists nowhere. */
export default function NotFoundWrapper(props: Props): ReactNode {
  return (
    <NotFoundContext.Provider value>
      <NotFound {...props} />
    </NotFoundContext.Provider>
  );
}
