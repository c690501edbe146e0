import { describe, expect, it } from 'vitest';
import { checkDataAddress, parseAllowedOrigins } from '../../../src/dataset/data-address.ts';

const page = 'https://intranet.example/fzzf/index.html?lang=en#/';

describe('which ?data= addresses the dashboard loads', () => {
  it('loads a path relative to the page, resolved against it', () => {
    expect(checkDataAddress('data/other.json', page, [])).toEqual({
      allowed: true,
      url: 'https://intranet.example/fzzf/data/other.json',
    });
  });

  it('loads an absolute address on the page’s own origin', () => {
    expect(checkDataAddress('https://intranet.example/x/y.json', page, []).allowed).toBe(true);
    expect(checkDataAddress('/x/y.json', page, []).allowed).toBe(true);
  });

  it('refuses a data: address, which carries its own figures', () => {
    expect(checkDataAddress('data:application/json;base64,e30=', page, [])).toEqual({
      allowed: false,
      reason: 'scheme',
      scheme: 'data:',
    });
  });

  it('refuses a blob: address even when it was made on the same origin', () => {
    expect(checkDataAddress('blob:https://intranet.example/1234', page, [])).toEqual({
      allowed: false,
      reason: 'scheme',
      scheme: 'blob:',
    });
  });

  it.each(['javascript:alert(1)', 'file:///etc/x.json', 'ftp://intranet.example/x.json'])(
    'refuses %s',
    (address) => expect(checkDataAddress(address, page, []).allowed).toBe(false),
  );

  it('refuses another origin, naming it', () => {
    expect(checkDataAddress('https://other.example/x.json', page, [])).toEqual({
      allowed: false,
      reason: 'origin',
      origin: 'https://other.example',
    });
  });

  it('counts scheme and port as part of the origin', () => {
    expect(checkDataAddress('http://intranet.example/x.json', page, []).allowed).toBe(false);
    expect(checkDataAddress('https://intranet.example:8443/x.json', page, []).allowed).toBe(false);
    expect(checkDataAddress('//other.example/x.json', page, []).allowed).toBe(false);
  });

  it('loads from another origin the build lists, and only from that one', () => {
    const allowed = ['https://stats.example'];
    expect(checkDataAddress('https://stats.example/a.json', page, allowed).allowed).toBe(true);
    expect(checkDataAddress('https://stats.example.evil/a.json', page, allowed).allowed).toBe(
      false,
    );
    expect(checkDataAddress('http://stats.example/a.json', page, allowed).allowed).toBe(false);
  });

  it('refuses an address that is not one', () => {
    expect(checkDataAddress('http://[', page, [])).toEqual({ allowed: false, reason: 'malformed' });
  });

  it('allows no other origin when the build lists none', () => {
    expect(checkDataAddress('https://other.example/x.json', page).allowed).toBe(false);
  });
});

describe('the build setting of allowed data origins', () => {
  it('reads origins separated by commas or spaces', () => {
    expect(
      parseAllowedOrigins(' https://a.example, http://b.example:8080 https://c.example/ '),
    ).toEqual(['https://a.example', 'http://b.example:8080', 'https://c.example']);
  });

  it('is empty when not set', () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins('')).toEqual([]);
  });

  it.each(['*', 'null', 'https://a.example/data', 'a.example', 'data:', 'ftp://a.example'])(
    'stops the build on %s',
    (entry) => expect(() => parseAllowedOrigins(entry)).toThrow(/DASHBOARD_DATA_ORIGINS/),
  );
});
