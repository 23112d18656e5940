import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.ts';

describe('the configuration', () => {
  it('refuses an address that is not http(s), naming the variable and what to write', () => {
    expect(() => loadConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'localhost:9' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'localhost:9' })).toThrow(
      /OPENAI_BASE_URL: must be an http\(s\) address/,
    );
    expect(loadConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://localhost:11434/v1' }).OPENAI_BASE_URL).toBe(
      'http://localhost:11434/v1',
    );
  });

  it('reads LOG_FORMAT and the feeds file, with their defaults', () => {
    expect(loadConfig({}).ATTACHE_FEEDS_FILE).toBe('data/feeds.json');
    expect(loadConfig({ LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'fancy' })).toThrow(/LOG_FORMAT/);
  });

  it('reads the load threads as a whole number from 1, unset by default', () => {
    expect(loadConfig({}).ATTACHE_LOAD_THREADS).toBeUndefined();
    expect(loadConfig({ ATTACHE_LOAD_THREADS: '3' }).ATTACHE_LOAD_THREADS).toBe(3);
    expect(() => loadConfig({ ATTACHE_LOAD_THREADS: '0' })).toThrow(/ATTACHE_LOAD_THREADS/);
  });
});
