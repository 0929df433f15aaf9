import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { PREVIOUS_BUILD_PREFIX } from '../../build/paths.mjs';
import { deleteSetAsideBuilds, setAsidePreviousBuild } from '../../build/previous-build.mjs';

const setAsideBuilds = () => new Set(readdirSync(tmpdir()).filter((entry) => entry.startsWith(PREVIOUS_BUILD_PREFIX)));

const foldersSetAside: string[] = [];
after(() => foldersSetAside.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs the script in `root` and returns the folders it set aside in the system's temporary folder. */
function setAside(root: string): string[] {
  const before = setAsideBuilds();
  const newFolders = () => [...setAsideBuilds()].filter((entry) => !before.has(entry)).map((entry) => path.join(tmpdir(), entry));
  try {
    setAsidePreviousBuild(root);
  } finally {
    foldersSetAside.push(...newFolders());
  }
  return newFolders();
}

/** Runs `check` in a fresh temporary folder that `prepare` fills, then removes the folder. */
function inFolder(prepare: (root: string) => void, check: (root: string) => void) {
  const root = mkdtempSync(path.join(tmpdir(), 'clear-previous-build-'));
  try {
    prepare(root);
    check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function writeFiles(root: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

const previousBuild = {
  '.next/cache/turbopack/entry': 'cached',
  '.next/trace': 'trace',
  '.next/server/app/zh.html': '<html></html>',
  '.next/standalone/server.js': '',
  '.next/BUILD_ID': 'previous',
};

/**
 * Before `next build`, the previous build's output leaves .next at once, set aside under the project's name, and
 * everything `next build` itself keeps stays where it is: its cache above all, which makes a rebuild fast.
 */
test('the previous build leaves .next before next build, and its cache stays', () => {
  inFolder(
    (root) => writeFiles(root, previousBuild),
    (root) => {
      const folders = setAside(root);
      assert.deepEqual(readdirSync(path.join(root, '.next')).sort(), ['cache', 'trace']);
      assert.equal(readFileSync(path.join(root, '.next/cache/turbopack/entry'), 'utf8'), 'cached');
      assert.equal(folders.length, 1);
      assert.deepEqual(readdirSync(folders[0]).sort(), ['BUILD_ID', 'server', 'standalone']);
    },
  );
});

/** Once the site is built, the builds this project set aside are deleted, and only those. */
test("the build's last step deletes this project's set-aside builds, not another project's", () => {
  inFolder(
    (root) => writeFiles(root, previousBuild),
    (root) => {
      const folders = setAside(root);
      const otherProject = mkdtempSync(path.join(tmpdir(), `${PREVIOUS_BUILD_PREFIX}000000000000-`));
      try {
        deleteSetAsideBuilds(root);
        assert.deepEqual(
          folders.filter((folder) => existsSync(folder)),
          [],
        );
        assert.ok(existsSync(otherProject));
      } finally {
        rmSync(otherProject, { recursive: true, force: true });
      }
    },
  );
});

test('a project never built is left as it is', () => {
  inFolder(
    () => {},
    (root) => {
      const folders = setAside(root);
      assert.deepEqual(readdirSync(root), []);
      assert.deepEqual(folders, []);
    },
  );
});
