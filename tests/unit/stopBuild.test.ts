import logger from '@docusaurus/logger';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {stopBuild} from '../../plugins/blog/plugin/stopBuild';

class Exited extends Error {
  constructor(readonly code: unknown) {
    super(`process.exit(${String(code)})`);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stopBuild', () => {
  it('prints one message that says the build stopped, and exits with code 1', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Exited(code);
    });
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    let thrown: unknown;
    try {
      stopBuild('the front matter check found 2 errors (report above).');
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(Exited);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('Build stopped: the front matter check found 2 errors (report above).');
  });
});
