// Issue 32, item 4: the release's policy map, which the service's user writes and root's nginx loads, can hold only
// `map $uri $page_csp` entries: the build writes nothing else, the newsroom refuses anything else, and nginx itself,
// with the production config, refuses a directive in it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { STATIC_CSP_MAP } from '../../build/paths.mjs';
import { assertPolicyMap, policyMapProblems } from '../../build/policy-map.mjs';
import { writeStaticRelease } from '../../build/release.mjs';
import { localNewsroomNginx } from '../support/newsroom-copy';
import { freePort } from '../support/free-port';

const dir = mkdtempSync(path.join(tmpdir(), 'policy-map-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; base-uri 'none'";
const entry = `"/zh/news/a/index.html" "${policy}";`;

/** What a build-time script with the service user's rights could write instead of entries. */
const ATTACKS = {
  'a directive': 'access_log /root/.ssh/authorized_keys;',
  'a brace that closes the map': `${entry}\n}\naccess_log /root/.ssh/authorized_keys main;\nmap $uri $x {`,
  'a quote that ends the policy early': `"/a.html" "x"; access_log /root/.ssh/authorized_keys; "b";`,
  'an escaped quote': `"/a.html" "x\\"; access_log /root/.ssh/authorized_keys; \\"";`,
  'a variable in the policy': `"/a.html" "script-src $http_x_policy";`,
  'a regular expression key': `"~.*" "${policy}";`,
  'the default': `default "${policy}";`,
  'an include': 'include /etc/shadow;',
  'a carriage return': `"/a.html" "x";\r}`,
  'a block': `"/a.html" "x" { }`,
  'a comment': '# just a comment',
  'a key longer than nginx holds': `"/${'a'.repeat(500)}" "x";`,
};

test('the policy map check accepts entries and refuses every other line, naming it', () => {
  assert.deepEqual(policyMapProblems(`${entry}\n"/en/index.html" "${policy}";\n`), []);
  for (const [name, text] of Object.entries(ATTACKS)) assert.notDeepEqual(policyMapProblems(`${entry}\n${text}\n`), [], name);
  assert.deepEqual(
    policyMapProblems(`${entry}\n${ATTACKS['a directive']}\n`).map(({ line }) => line),
    [2],
  );
  const file = path.join(dir, 'injected.conf');
  writeFileSync(file, `${entry}\n${ATTACKS['a brace that closes the map']}\n`);
  assert.throws(
    () => assertPolicyMap(file),
    /页面策略表只能有[\s\S]*may hold only[\s\S]*injected\.conf:3: }\n.*injected\.conf:4: access_log/,
  );
});

test('a static build writes only map entries, one per page, that the check accepts', () => {
  const project = path.join(dir, 'project');
  mkdirSync(path.join(project, 'out/zh/news/a'), { recursive: true });
  writeFileSync(path.join(project, 'out/zh/news/a/index.html'), '<!doctype html><script>self.a=1</script><p>正文</p>');
  writeFileSync(path.join(project, 'out/404.html'), '<!doctype html><p>404</p>');
  writeFileSync(path.join(project, 'out/site.css'), 'p{}');
  writeStaticRelease(project);
  const map = readFileSync(path.join(project, STATIC_CSP_MAP), 'utf8');
  assert.deepEqual(policyMapProblems(map), []);
  assert.deepEqual(
    map
      .trimEnd()
      .split('\n')
      .map((line) => line.split('" "')[0]),
    ['"/404.html', '"/zh/news/a/index.html'],
  );
});

test('nginx, with the production config, loads the entries and refuses a directive in the map', { skip: !hasNginx() }, async () => {
  const root = path.join(dir, 'checkout');
  cpSync('deploy', path.join(root, 'deploy'), { recursive: true });
  mkdirSync(path.join(root, '.git/info'), { recursive: true });
  mkdirSync(path.join(root, '.cms/current/site'), { recursive: true });
  const nginx = localNewsroomNginx(root, await freePort());
  const configTest = (map: string) => {
    writeFileSync(path.join(root, '.cms/current/static-csp.conf'), map);
    return spawnSync('nginx', ['-t', ...nginx.args()], { encoding: 'utf8' });
  };
  const valid = configTest(`${entry}\n`);
  assert.equal(valid.status, 0, valid.stderr);
  // Loaded as a directive, access_log opens its file (as root: an authorized_keys); as an entry, it is only a key.
  const owned = path.join(root, 'owned-by-the-map');
  for (const attack of [`access_log ${owned};`, `${entry}\n}\naccess_log ${owned};\nmap $uri $x {`, `"/a" "b" { access_log ${owned}; }`]) {
    const result = configTest(`${entry}\n${attack}\n`);
    assert.ok(!existsSync(owned), `${attack}\n${result.stderr}`);
  }
});

function hasNginx() {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore', env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` } });
    return true;
  } catch {
    return false;
  }
}
