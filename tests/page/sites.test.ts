import { describe, expect, it } from 'vitest';
import { hostOf, isListedNewsSite, isOnSite, isSwitchedOff, newsSiteMatches, sitePatterns, withSite, withoutSite } from '../../adapters/page/sites';
import newsSites from '../../config/news-sites.json';
import { newsSiteMatches as configured } from '../../wxt.config';

describe('where the reader runs (sites.ts)', () => {
  it('runs by itself exactly where wxt.config.ts asks for host permissions', () => {
    expect(newsSiteMatches).toEqual(configured);
    expect(newsSites.sites.length).toBeGreaterThanOrEqual(20);
    expect(newsSiteMatches.some((m) => m.includes('<all_urls>') || m.startsWith('*://*/'))).toBe(false);
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

  it('asks permission for both schemes and subdomains of an always-on site', () => {
    expect(sitePatterns('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
  });
});
