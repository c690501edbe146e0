import { describe, expect, it } from 'vitest';
import { messageTarget } from '../../../src/settings/embed-message.ts';

describe('where an embed may send its height (?parentOrigin=)', () => {
  it('sends to any page when no parent origin is given (CONTRACT §3)', () => {
    expect(messageTarget(null)).toEqual({ kind: 'any' });
  });

  it.each(['https://intranet.example', 'http://10.1.2.3:8080', 'https://xn--fiqs8s.example'])(
    'takes the serialised origin %s as it is',
    (origin) => expect(messageTarget(origin)).toEqual({ kind: 'origin', origin }),
  );

  it.each([
    '*',
    'null',
    '',
    '/intranet/page.html',
    'intranet.example',
    'https://intranet.example/',
    'https://intranet.example/page',
    'https://intranet.example:443',
    'https://user@intranet.example',
    'HTTP://intranet.example',
    'https://Intranet.Example',
    ' https://intranet.example',
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
  ])('refuses %j, fail closed, with a reason in words', (text) => {
    const target = messageTarget(text);
    expect(target.kind).toBe('refused');
    if (target.kind === 'refused') {
      expect(target.reason).toContain(`?parentOrigin=${JSON.stringify(text)}`);
      expect(target.reason).toContain('sends no height messages');
    }
  });
});
