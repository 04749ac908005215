import { describe, expect, it } from 'vitest';
import { hostOf, isListedNewsPage, isListedNewsSite, isOnSite, isSwitchedOff, newsSiteHostPermissions, newsSiteMatches, sitePatterns, withSite, withoutSite } from '../../../adapters/page/sites';
import newsSites from '../../../config/news-sites.json';
import config from '../../../wxt.config';

type Manifest = { permissions: string[]; host_permissions: string[]; optional_host_permissions?: string[]; optional_permissions?: string[] };
const manifest = (browser: string, mode = 'production') => (config.manifest as unknown as (env: { browser: string; mode: string }) => Manifest)({ browser, mode });

describe('where the reader runs (sites.ts)', () => {
  it('runs by itself on the listed sites, https only, never everywhere', () => {
    expect(newsSites.sites.length).toBeGreaterThanOrEqual(20);
    expect(newsSiteMatches.some((m) => m.includes('<all_urls>') || m.startsWith('*://*/'))).toBe(false);
    expect(newsSiteMatches.every((m) => m.startsWith('https://'))).toBe(true);
    expect(newsSiteMatches).toContain('https://*.aljazeera.net/*');
  });

  it('on multilingual sites, only in their Arabic section, with no host permission for the rest (issue 10)', () => {
    for (const host of ['bbc.com', 'dw.com', 'france24.com', 'aa.com.tr']) {
      expect(newsSiteMatches.filter((m) => m.includes(host)).every((m) => !m.endsWith(`${host}/*`))).toBe(true);
      for (const m of [...manifest('chrome').host_permissions, ...manifest('firefox').host_permissions]) expect(m).not.toContain(host);
    }
    expect(newsSiteMatches).toContain('https://*.bbc.com/arabic*');
    expect(newsSiteMatches).toContain('https://*.dw.com/ar/*');
    expect(isListedNewsPage('https://www.bbc.com/arabic/articles/c1')).toBe(true);
    expect(isListedNewsPage('https://www.bbc.com/news/world-1')).toBe(false);
    expect(isListedNewsPage('https://www.dw.com/en/top-stories/s-9097')).toBe(false);
    expect(isListedNewsPage('https://www.france24.com/ar/')).toBe(true);
    expect(isListedNewsPage('https://www.aljazeera.net/news/1')).toBe(true);
    expect(isListedNewsPage('http://www.aljazeera.net/news/1')).toBe(false);
    expect(manifest('chrome').host_permissions).toEqual([...newsSiteHostPermissions]);
  });

  it('asks for https sites only at run time, and no unlimited storage (issue 10)', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest(browser);
      expect(m.permissions).not.toContain('unlimitedStorage');
      expect([...(m.optional_host_permissions ?? []), ...(m.optional_permissions ?? [])].filter((p) => !p.startsWith('https://'))).toEqual([]);
      expect(m.host_permissions.filter((p) => !p.startsWith('https://'))).toEqual([]);
    }
  });

  it('takes the host of web pages only', () => {
    expect(hostOf('https://www.AlJazeera.net/news/1')).toBe('www.aljazeera.net');
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    for (const u of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'not a url', undefined]) expect(hostOf(u)).toBeNull();
  });

  it('covers subdomains of a site, not look-alikes', () => {
    expect(isOnSite('www.aljazeera.net', 'aljazeera.net')).toBe(true);
    expect(isOnSite('aljazeera.net', 'aljazeera.net')).toBe(true);
    expect(isOnSite('notaljazeera.net', 'aljazeera.net')).toBe(false);
    expect(isListedNewsSite('www.alarabiya.net')).toBe(true);
    expect(isListedNewsSite('example.com')).toBe(false);
  });

  it('switches a site off and on in one step, parent domains included', () => {
    expect(isSwitchedOff('news.example.com', ['example.com'])).toBe(true);
    expect(withSite(['a.com'], 'b.com')).toEqual(['a.com', 'b.com']);
    expect(withSite(['example.com'], 'news.example.com')).toEqual(['example.com']);
    expect(withoutSite(['example.com', 'a.com'], 'news.example.com')).toEqual(['a.com']);
    expect(withoutSite(['news.example.com'], 'example.com')).toEqual(['news.example.com']);
  });

  it('asks permission for an always-on site over https only, subdomains included', () => {
    expect(sitePatterns('example.com')).toEqual(['https://example.com/*', 'https://*.example.com/*']);
  });
});
