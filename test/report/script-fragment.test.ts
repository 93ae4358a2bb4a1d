import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { REPORT_SCRIPT } from '../../src/report/script.js';

/** A stand-in for every DOM object the script touches: callable, any property; only the tooltip exists. */
function fakeDom(hash: string) {
  const looked: string[] = [];
  const any: object = new Proxy(() => any, {
    get(_target, key) {
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'getElementById')
        return (id: string) => {
          if (id === 'tooltip') return any;
          looked.push(id);
          return null;
        };
      if (key === 'hash') return hash;
      return any;
    },
    apply: () => any,
  });
  return { looked, context: { window: any, document: any, location: any, navigator: any, getComputedStyle: any } };
}

describe('the report script and the URL fragment', () => {
  it('does not throw URIError on a malformed #fragment, and looks the raw fragment up', () => {
    const { looked, context } = fakeDom('#%E0%A4%A');
    expect(() => runInNewContext(REPORT_SCRIPT, context)).not.toThrow();
    expect(looked).toEqual(['%E0%A4%A']);
  });

  it('still decodes a well-formed fragment', () => {
    const { looked, context } = fakeDom('#claim%3Ac%C3%A9');
    runInNewContext(REPORT_SCRIPT, context);
    expect(looked).toEqual(['claim:cé']);
  });
});
