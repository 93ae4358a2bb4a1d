import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a registry page, a vulnerability report and a reader of the release notes need from the
// package: where the code lives, where to file bugs, and a dated section for the released version.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<string, unknown> & {
  version: string;
  repository: { type: string; url: string };
  bugs: { url: string };
  homepage: string;
  exports: Record<string, unknown>;
};
const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8');

describe('package.json', () => {
  it('says where the repository, the home page and the issue tracker are', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/.+\.git$/) });
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs.url).toMatch(/^https:\/\/.+\/issues$/);
  });

  it('exports the core, the drafting and the DuckDB subpaths, and the full package under `node` only', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './core', './draft', './duckdb', './package.json']);
    expect(manifest.exports['.']).toMatchObject({
      node: { import: { default: './dist/index.js' }, require: { default: './dist/index.cjs' } },
      import: { default: './dist/core.js' },
      require: { default: './dist/core.cjs' },
    });
  });
});

describe('CHANGELOG.md', () => {
  const sections = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\S+))?$/gm)].map((m) => [m[1], m[2]]);

  it('keeps Unreleased on top, then a dated section for the version package.json gives', () => {
    expect(sections[0]).toEqual(['Unreleased', undefined]);
    const released = sections.find(([version]) => version === manifest.version);
    expect(released?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [version, date] of sections.slice(1)) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(Number.isNaN(Date.parse(date as string))).toBe(false);
    }
  });
});
