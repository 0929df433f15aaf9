import assert from 'node:assert/strict';
import test from 'node:test';
import zh from '../../messages/zh.json';
import { articleRef, describeActor, describeDetail, describeTarget } from '../../admin/newsroom/audit-words';

test('the three ways the code names an article, and an article file, are one article', () => {
  for (const target of ['news-en/annual-meeting', 'cms/news-en/annual-meeting', 'content/news/en/annual-meeting.mdx'])
    assert.deepEqual(articleRef(target), { locale: 'en', slug: 'annual-meeting' }, target);
  assert.deepEqual(articleRef('public/news/annual-meeting/会议纪要.pdf'), { slug: 'annual-meeting', file: '会议纪要.pdf' });
  assert.equal(articleRef('#12'), undefined);
  const titles = new Map([['en/annual-meeting', 'The annual meeting']]);
  assert.equal(describeTarget('cms/news-en/annual-meeting', titles), '《The annual meeting》（英文版）');
  assert.equal(describeTarget('#12', titles), '#12');
});

test('release steps in Chinese; the service and shell commands named as such', () => {
  assert.equal(
    describeDetail('12.3 s · check 0.5 s · content-check 1.2 s · next-export 8 s · unknown-step 1 s'),
    `12.3 秒 · ${zh.Newsroom.steps.check} 0.5 秒 · ${zh.Newsroom.steps['content-check']} 1.2 秒 · ${zh.Newsroom.steps['next-export']} 8 秒 · unknown-step 1 s`,
  );
  assert.equal(describeActor('newsroom', null), zh.Newsroom.audit.service);
  assert.equal(describeActor(null, null), zh.Newsroom.audit.service);
  assert.equal(describeActor('imic-site', null), 'imic-site（服务器上的命令）');
  assert.equal(describeActor('wang', '10.0.0.8'), 'wang');
});
