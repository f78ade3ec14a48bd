/**
 * plugins/blog/entry.ts: the plugin as Docusaurus loads it, through its own
 * loader (loadFreshModule, the one it loads every plugin with), once per
 * `docusaurus build` and afresh anywhere else.
 */
import path from 'node:path';
import {loadFreshModule} from '@docusaurus/utils';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
/** The plugin as the site's config names it: the folder, whose package.json names the entry. */
const pluginFolder = path.join(root, 'plugins/blog');
const docusaurus = path.join(root, 'node_modules/.bin/docusaurus');

type PluginModule = {default: unknown; validateOptions: unknown};
/** What Docusaurus gets for the plugin: the default export, with the named ones beside it (jiti's interopDefault). */
const load = async (file: string): Promise<PluginModule> => (await loadFreshModule(file)) as PluginModule;

describe('the plugin entry', () => {
  const argv = process.argv;
  beforeEach(() => {
    globalThis.qalamBlogPlugin = undefined;
  });
  afterEach(() => {
    process.argv = argv;
    globalThis.qalamBlogPlugin = undefined;
  });

  it('premise: Docusaurus evaluates a plugin module afresh on every load', async () => {
    const first = await load(path.join(pluginFolder, 'index.ts'));
    const second = await load(path.join(pluginFolder, 'index.ts'));
    expect(typeof first).toBe('function');
    expect(second).not.toBe(first);
  });

  it("serves every locale of `docusaurus build` the module its first locale loaded, with Docusaurus's validateOptions", async () => {
    process.argv = [process.execPath, docusaurus, 'build'];
    const first = await load(pluginFolder);
    const second = await load(pluginFolder);
    expect(typeof first).toBe('function');
    expect(second).toBe(first);
    expect(typeof first.validateOptions).toBe('function');
    expect(second.validateOptions).toBe(first.validateOptions);
  });

  it('loads the plugin afresh in the dev server, which loads it again to see a change', async () => {
    process.argv = [process.execPath, docusaurus, 'start'];
    const first = await load(pluginFolder);
    const second = await load(pluginFolder);
    expect(typeof first).toBe('function');
    expect(typeof first.validateOptions).toBe('function');
    expect(second).not.toBe(first);
  });
});
