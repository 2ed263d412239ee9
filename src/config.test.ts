import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig, type Config, type ConfigOverrides } from './config.ts';
import { DepescheError } from './errors.ts';

// A fixed working directory, so that relative data folders resolve the same on every machine.
const cwd = '/srv/depesche';

const load = (env: NodeJS.ProcessEnv = {}, overrides: ConfigOverrides = {}): Config => loadConfig(env, overrides, cwd);

/** Asserts that loading fails with invalid_config and returns the message for further checks. */
function configError(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): string {
  let caught: unknown;
  try {
    load(env, overrides);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof DepescheError, `erwartet war ein DepescheError, bekommen: ${String(caught)}`);
  assert.equal(caught.code, 'invalid_config');
  return caught.message;
}

describe('loadConfig', () => {
  test('without any setting: port 3000 on 127.0.0.1, data in ./data of the working directory', () => {
    assert.deepEqual(load(), {
      port: 3000,
      host: '127.0.0.1',
      dataDir: join(cwd, 'data'),
      databaseFile: join(cwd, 'data', 'depesche.sqlite'),
      readingDatabaseFile: join(cwd, 'data', 'lesen.sqlite'),
      mediaDir: join(cwd, 'data', 'media'),
      siteUrl: 'http://127.0.0.1:3000',
      siteName: 'Depesche',
      timeZone: 'Europe/Berlin',
      demoContent: true,
      schedulerIntervalMs: 30_000,
      trustProxy: false,
      fetchInternal: 'none',
    });
  });

  test('DEPESCHE_FETCH_INTERNAL lets the wire desk reach loopback or private addresses only when set', () => {
    assert.equal(load({ DEPESCHE_FETCH_INTERNAL: 'loopback' }).fetchInternal, 'loopback');
    assert.equal(load({ DEPESCHE_FETCH_INTERNAL: 'private' }).fetchInternal, 'private');
    assert.match(configError({ DEPESCHE_FETCH_INTERNAL: 'ja' }), /DEPESCHE_FETCH_INTERNAL.*none, loopback oder private/);
  });

  test('DEPESCHE_TRUST_PROXY switches to the forwarded client address, and only 0 or 1 are taken', () => {
    assert.equal(load({ DEPESCHE_TRUST_PROXY: '1' }).trustProxy, true);
    assert.match(configError({ DEPESCHE_TRUST_PROXY: 'ja' }), /DEPESCHE_TRUST_PROXY/);
  });

  test('DEPESCHE_SCHEDULER_SECONDS sets how often due articles are published, within sane bounds', () => {
    assert.equal(load({ DEPESCHE_SCHEDULER_SECONDS: '0.2' }).schedulerIntervalMs, 200);
    for (const bad of ['0', '61', 'oft', '-1']) assert.match(configError({ DEPESCHE_SCHEDULER_SECONDS: bad }), /DEPESCHE_SCHEDULER_SECONDS/, bad);
  });

  test('the default data folder follows the working directory it is given', () => {
    assert.equal(loadConfig({}, {}, '/anderswo').dataDir, '/anderswo/data');
  });

  test('reads PORT, HOST and DEPESCHE_DATA from the environment', () => {
    const config = load({ PORT: '8080', HOST: '192.168.1.5', DEPESCHE_DATA: 'var/depesche' });
    assert.equal(config.port, 8080);
    assert.equal(config.host, '192.168.1.5');
    assert.equal(config.dataDir, join(cwd, 'var/depesche'));
    assert.equal(config.databaseFile, join(cwd, 'var/depesche/depesche.sqlite'));
    assert.equal(config.mediaDir, join(cwd, 'var/depesche/media'));
    assert.equal(config.siteUrl, 'http://192.168.1.5:8080');
  });

  test('an absolute DEPESCHE_DATA is kept as it is', () => {
    assert.equal(load({ DEPESCHE_DATA: '/var/lib/depesche' }).dataDir, '/var/lib/depesche');
  });

  test('PORT 0 (let the system choose) is allowed', () => {
    assert.equal(load({ PORT: '0' }).port, 0);
  });

  test('reads site URL (without trailing slash), site name, time zone and demo switch', () => {
    const config = load({
      DEPESCHE_SITE_URL: 'https://zeitung.example/',
      DEPESCHE_SITE_NAME: 'Kreisbote',
      DEPESCHE_TIMEZONE: 'Europe/Vienna',
      DEPESCHE_DEMO: '0',
    });
    assert.equal(config.siteUrl, 'https://zeitung.example');
    assert.equal(config.siteName, 'Kreisbote');
    assert.equal(config.timeZone, 'Europe/Vienna');
    assert.equal(config.demoContent, false);
  });

  test('a wildcard host gives a site URL on localhost', () => {
    assert.equal(load({ HOST: '0.0.0.0', PORT: '4000' }).siteUrl, 'http://localhost:4000');
    assert.equal(load({ HOST: '::' }).siteUrl, 'http://localhost:3000');
  });

  test(
    'an IPv6 host gives a site URL that is a valid URL',
    () => {
      const { siteUrl } = load({ HOST: '::1' });
      assert.equal(siteUrl, 'http://[::1]:3000');
      assert.doesNotThrow(() => new URL(siteUrl));
    },
  );

  test('flags win over the environment', () => {
    const env = { PORT: '8080', HOST: '192.168.1.5', DEPESCHE_DATA: '/var/aus-der-umgebung' };
    const config = load(env, { port: '9090', host: '127.0.0.2', dataDir: 'aus-dem-flag' });
    assert.equal(config.port, 9090);
    assert.equal(config.host, '127.0.0.2');
    assert.equal(config.dataDir, join(cwd, 'aus-dem-flag'));
    assert.equal(config.siteUrl, 'http://127.0.0.2:9090');
  });

  test('a port flag given as a number is taken too', () => {
    assert.equal(load({ PORT: '8080' }, { port: 0 }).port, 0);
  });

  test('a valid flag overrides an invalid value in the environment', () => {
    assert.equal(load({ PORT: 'abc' }, { port: '4000' }).port, 4000);
  });

  test('an invalid flag is refused even when the environment is valid', () => {
    const message = configError({ PORT: '8080' }, { port: 'achtzig' });
    assert.match(message, /PORT/);
    assert.match(message, /--port/);
    assert.match(message, /achtzig/);
  });

  for (const [value, reason] of [
    ['abc', /keine Portnummer \(0 bis 65535\)/],
    ['70000', /keine Portnummer \(0 bis 65535\)/],
    ['3.5', /keine Portnummer \(0 bis 65535\)/],
    ['-1', /keine Portnummer \(0 bis 65535\)/],
  ] as const) {
    test(`PORT=${value} is refused with a message naming PORT, --port and the value`, () => {
      const message = configError({ PORT: value });
      assert.match(message, /PORT/);
      assert.match(message, /--port/);
      assert.ok(message.includes(`„${value}“`), message);
      assert.match(message, reason);
    });
  }

  test(
    'PORT is read as a decimal number only',
    () => {
      for (const value of ['0x1F90', '1e3']) {
        assert.match(configError({ PORT: value }), /PORT/, value);
      }
    },
  );

  test(
    'a blank PORT never silently becomes port 0',
    () => {
      for (const [env, overrides] of [
        [{ PORT: ' ' }, {}],
        [{}, { port: '' }],
      ] as const) {
        let port: number | undefined;
        try {
          port = load(env, overrides).port;
        } catch (error) {
          // Refusing the blank value is fine too; only silently listening on a random port is not.
          assert.ok(error instanceof DepescheError && error.code === 'invalid_config');
        }
        if (port !== undefined) assert.equal(port, 3000, `${JSON.stringify(env)} ${JSON.stringify(overrides)}`);
      }
    },
  );

  test('an invalid DEPESCHE_SITE_URL is named with its value', () => {
    for (const value of ['zeitung.example', 'ftp://zeitung.example']) {
      const message = configError({ DEPESCHE_SITE_URL: value });
      assert.match(message, /DEPESCHE_SITE_URL/);
      assert.ok(message.includes(value), message);
      assert.match(message, /http\(s\)/);
    }
  });

  test('an unknown DEPESCHE_TIMEZONE is named with its value', () => {
    const message = configError({ DEPESCHE_TIMEZONE: 'Mars/Olympus' });
    assert.match(message, /DEPESCHE_TIMEZONE/);
    assert.match(message, /Mars\/Olympus/);
    assert.match(message, /Zeitzone/);
  });

  test('an invalid DEPESCHE_DEMO is named', () => {
    assert.match(configError({ DEPESCHE_DEMO: 'ja' }), /DEPESCHE_DEMO.*0 oder 1/);
  });

  test('an empty --data flag is refused, naming DEPESCHE_DATA and --data', () => {
    assert.match(configError({}, { dataDir: '' }), /DEPESCHE_DATA \(--data\).*leer/);
  });

  test('every problem is reported at once, one per line', () => {
    const message = configError({ PORT: 'abc', DEPESCHE_TIMEZONE: 'Mars/Olympus', DEPESCHE_SITE_URL: 'zeitung' });
    const lines = message.split('\n');
    assert.equal(lines.length, 4, message);
    assert.ok(lines.some((line) => line.includes('PORT')));
    assert.ok(lines.some((line) => line.includes('DEPESCHE_TIMEZONE')));
    assert.ok(lines.some((line) => line.includes('DEPESCHE_SITE_URL')));
  });

  test('empty strings in the environment count as unset', () => {
    const config = load({
      PORT: '',
      HOST: '',
      DEPESCHE_DATA: '',
      DEPESCHE_SITE_URL: '',
      DEPESCHE_SITE_NAME: '',
      DEPESCHE_TIMEZONE: '',
      DEPESCHE_DEMO: '',
    });
    assert.deepEqual(config, load());
  });

  test('variables it does not know are ignored', () => {
    assert.deepEqual(load({ PATH: '/usr/bin', DEPESCHE_UNBEKANNT: 'x' }), load());
  });
});
