/**
 * Office files are named in Chinese: on the real newsroom service an article saved with 封面照片.jpg and 会议纪要.pdf
 * opens again, and its files are read from its branch (git quotes such paths unless told not to, and Decap's look-ups
 * do not undo the quoting).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { cameraPhotoFile, cameraPhotoNote, committedPhoto, WEB_ORIGINAL_OF_CAMERA_PHOTO } from '../support/camera-photo';
import { saveArticleRequest } from '../support/newsroom-copy';
import { NEWSROOM_ACCOUNTS, type RunningNewsroom, startNewsroomService } from '../support/newsroom-service';

let service: RunningNewsroom;
// A small picture without metadata, already a web original: the newsroom stores it as given.
let photo: Buffer;
before(async () => {
  photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#557799' } })
    .jpeg()
    .toBuffer();
  service = await startNewsroomService('newsroom-unicode-');
});
after(() => service.stop());

const slug = 'annual-work-meeting';
const folder = `public/news/${slug}`;
const minutes = Buffer.from('%PDF-1.4\n%%EOF\n');

test('an article with Chinese file names is saved, opens again with its files, and each file is read from its branch', async () => {
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.editor);
  const raw = `---\ntitle: "年度工作会议"\ndate: 2026-12-03\ncategory: company\ncover: /news/${slug}/封面照片.jpg\nattachments:\n  - title: 会议纪要\n    file: /news/${slug}/会议纪要.pdf\n---\n\n正文。\n`;
  const saved = await service.api(cookie, {
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug, path: `content/news/zh/${slug}.mdx`, raw }],
      assets: [
        { path: `${folder}/封面照片.jpg`, content: photo.toString('base64'), encoding: 'base64' },
        { path: `${folder}/会议纪要.pdf`, content: minutes.toString('base64'), encoding: 'base64' },
      ],
      options: { collectionName: 'news-zh', commitMessage: 'Create', useWorkflow: true, status: 'draft' },
    },
  });
  assert.equal(saved.status, 200, await saved.text());

  const opened = await service.api(cookie, { action: 'unpublishedEntry', params: { branch: 'main', collection: 'news-zh', slug } });
  assert.equal(opened.status, 200, await opened.clone().text());
  const entry = (await opened.json()) as { diffs: { path: string; id: string }[] };
  const paths = entry.diffs.map(({ path }) => path).sort();
  assert.deepEqual(paths, [`content/news/zh/${slug}.mdx`, `${folder}/会议纪要.pdf`, `${folder}/封面照片.jpg`].sort());

  for (const [name, bytes] of [
    ['封面照片.jpg', photo],
    ['会议纪要.pdf', minutes],
  ] as const) {
    const file = await service.api(cookie, {
      action: 'unpublishedEntryMediaFile',
      params: { branch: 'main', collection: 'news-zh', slug, id: `${folder}/${name}`, path: `${folder}/${name}` },
    });
    assert.equal(file.status, 200, `${name}: ${await file.clone().text()}`);
    const { content } = (await file.json()) as { content: string };
    assert.deepEqual(Buffer.from(content, 'base64'), bytes, name);
  }
});

test('once the Chinese version is published, its English version opens with the files they share', async () => {
  const twin = 'shared-files-meeting';
  const shared = `public/news/${twin}/会议现场.jpg`;
  const editor = await service.signIn(NEWSROOM_ACCOUNTS.editor);
  const article = (locale: 'zh' | 'en', title: string, assets: object[]) =>
    service.api(editor, {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [
          {
            slug: twin,
            path: `content/news/${locale}/${twin}.mdx`,
            raw: `---\ntitle: "${title}"\ndate: 2026-12-03\ncategory: company\ncover: /news/${twin}/会议现场.jpg\n---\n\n${title}。\n`,
          },
        ],
        assets,
        options: { collectionName: `news-${locale}`, commitMessage: 'Create', useWorkflow: true, status: 'pending_review' },
      },
    });
  assert.equal((await article('zh', '年度会议', [{ path: shared, content: photo.toString('base64'), encoding: 'base64' }])).status, 200);
  // The English version is written before the Chinese one is published: its branch has the text, not the photo.
  assert.equal((await article('en', 'Annual meeting', [])).status, 200);
  const reviewer = await service.signIn(NEWSROOM_ACCOUNTS.reviewer);
  const approve = {
    action: 'updateUnpublishedEntryStatus',
    params: { branch: 'main', collection: 'news-zh', slug: twin, newStatus: 'pending_publish' },
  };
  assert.equal((await service.api(reviewer, approve)).status, 200);
  const published = await service.api(reviewer, {
    action: 'publishUnpublishedEntry',
    params: { branch: 'main', collection: 'news-zh', slug: twin },
  });
  assert.equal(published.status, 200, await published.clone().text());

  const opened = await service.api(editor, { action: 'unpublishedEntry', params: { branch: 'main', collection: 'news-en', slug: twin } });
  assert.equal(opened.status, 200);
  const { diffs } = (await opened.json()) as { diffs: { path: string; binary: boolean }[] };
  const pictures = diffs.filter(({ binary }) => binary).map(({ path }) => path);
  assert.ok(pictures.includes(shared), `Decap asks for the shared photo: ${pictures.join(', ')}`);
  for (const file of pictures) {
    const read = await service.api(editor, {
      action: 'unpublishedEntryMediaFile',
      params: { branch: 'main', collection: 'news-en', slug: twin, id: file, path: file },
    });
    assert.equal(read.status, 200, `${file}: ${await read.clone().text()}`);
    if (file === shared) assert.deepEqual(Buffer.from(((await read.json()) as { content: string }).content, 'base64'), photo);
  }
});

test('a phone photo saved with an article is committed upright, at most 2560 px, with none of the phone’s data, and the editor is told', async () => {
  const cookie = await service.signIn(NEWSROOM_ACCOUNTS.editor);
  const camera = await cameraPhotoFile('调研现场.jpg');
  const photoSlug = 'site-visit';
  const saved = await service.api(
    cookie,
    saveArticleRequest(photoSlug, { title: '现场调研', date: '2026-12-03', category: 'company', body: '正文。', status: 'draft' }, [
      { path: `public/news/${photoSlug}/调研现场.jpg`, content: readFileSync(camera).toString('base64'), encoding: 'base64' },
    ]),
  );
  assert.equal(saved.status, 200, await saved.clone().text());
  const notes = JSON.parse(decodeURIComponent(saved.headers.get('x-upload-notes') ?? '[]')) as string[];
  assert.equal(notes.length, 1);
  assert.match(notes[0], cameraPhotoNote('调研现场.jpg'));

  assert.deepEqual(
    committedPhoto(service.root, `cms/news-zh/${photoSlug}`, `public/news/${photoSlug}/调研现场.jpg`),
    WEB_ORIGINAL_OF_CAMERA_PHOTO,
  );
});
