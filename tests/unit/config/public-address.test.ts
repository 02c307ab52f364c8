import { describe, expect, it } from 'vitest';
import {
  isLoopbackHost,
  normaliseBase,
  publicSite,
  publicUrl,
  siteUrlProblem,
} from '../../../src/config/public-address.ts';

describe('the public address', () => {
  it('takes an origin a reader can open', () => {
    expect(publicSite('https://example.org')).toBe('https://example.org');
    expect(publicSite(' https://news.example.com/ ')).toBe('https://news.example.com');
    expect(siteUrlProblem('https://example.org')).toBeUndefined();
  });

  it('has none for a missing, malformed or loopback SITE_URL, and says why', () => {
    expect(publicSite(undefined)).toBeUndefined();
    expect(siteUrlProblem('')).toBe('SITE_URL is not set');
    expect(siteUrlProblem('example.org')).toMatch(/is not an absolute URL/);
    expect(siteUrlProblem('ftp://example.org')).toMatch(/must start with https:\/\//);
    for (const local of [
      'http://127.0.0.1:4321',
      'http://localhost:4321/',
      'http://LOCALHOST',
      'http://app.localhost',
      'http://0.0.0.0:8080',
      'http://[::1]:4321',
      'http://127.1.2.3',
    ]) {
      expect(publicSite(local), local).toBeUndefined();
      expect(siteUrlProblem(local), local).toMatch(/is a loopback address/);
    }
    expect(siteUrlProblem('https://example.org/stories/')).toMatch(
      /put the sub-path in BASE_PATH \(for example BASE_PATH=\/stories\/\)/,
    );
  });

  it('knows loopback hosts from public ones', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('example.org')).toBe(false);
    expect(isLoopbackHost('localhost.example.org')).toBe(false);
    expect(isLoopbackHost('127.example.org')).toBe(false);
  });

  it('makes an absolute URL only with a public address', () => {
    expect(publicUrl('/stories/deepseek/zh-tw/', new URL('https://example.org'))).toBe(
      'https://example.org/stories/deepseek/zh-tw/',
    );
    expect(publicUrl('/zh-tw/', undefined)).toBeUndefined();
  });

  it('normalises BASE_PATH', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('stories/deepseek')).toBe('/stories/deepseek/');
    expect(normaliseBase('/stories/deepseek/')).toBe('/stories/deepseek/');
  });
});
