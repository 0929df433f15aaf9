/**
 * Decap CMS's Simplified Chinese interface, made complete: its own zh_Hans phrases plus the ones it
 * lacks (47 of 248 in decap-cms-locales 3.8.2, which Decap would show in English), in the office's words
 * (admin/decap-office-words.ts).
 * tests/unit/admin.test.ts checks that every English phrase has a Chinese one.
 */
import decapZhHans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';
import type { EditorMode } from './config';
import { officeWords } from './decap-office-words';

export type Phrases = { [key: string]: string | Phrases };

const missing: Phrases = {
  auth: { loginWithForgejo: '使用 Forgejo 登录' },
  collection: {
    collectionTop: { viewAsList: '列表视图', viewAsGrid: '网格视图' },
    entries: { unpublishedHeader: '未发布的文章' },
  },
  editor: {
    editorControl: { field: { widgetLabel: '%{widgetLabel}字段' } },
    editorControlPane: {
      widget: {
        rangeMin: '%{fieldLabel}至少需要 %{minCount} 项。',
        rangeMax: '%{fieldLabel}最多只能有 %{maxCount} 项。',
      },
    },
    editorInterface: { toggleNotes: '显示或隐藏批注' },
    editorNotesPane: {
      title: '批注',
      emptyState: '还没有批注。在下面添加第一条批注。',
      addNote: '添加批注',
      addPlaceholder: '写一条批注……',
      editPlaceholder: '修改批注……',
      save: '保存',
      cancel: '取消',
      edit: '修改',
      delete: '删除',
      resolve: '标为已解决',
      unresolve: '标为未解决',
      confirmDelete: '确定要删除这条批注吗？',
      shortcut: '提示：按 Ctrl+Enter 快速添加批注',
    },
    editorToolbar: {
      statusInfoTooltipDraft: '文章状态为草稿。完成后请把状态改为“待审核”以提交审核。',
      statusInfoTooltipInReview: '文章正在审核中，无需其他操作；审核期间仍可继续修改。',
    },
    editorWidgets: {
      markdown: {
        strikethrough: '删除线',
        toggleMode: { rich: '切换到可视化编辑', markdown: '切换到 Markdown 编辑' },
      },
      image: { chooseMultiple: '选择多张图片', addMore: '添加更多图片', removeAll: '移除全部图片' },
      file: { chooseMultiple: '选择多个文件', addMore: '添加更多文件', removeAll: '移除全部文件' },
      datetime: { setToNow: '设为现在' },
      list: { addType: '添加%{item}' },
      object: { expand: '展开', collapse: '收起' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '关闭' } },
  ui: {
    settingsDropdown: { account: '账户选项' },
    toast: {
      noteAdded: '批注已添加',
      onFailToAddNote: '添加批注失败：%{details}',
      noteUpdated: '批注已更新',
      onFailToUpdateNote: '更新批注失败：%{details}',
      noteDeleted: '批注已删除',
      onFailToDeleteNote: '删除批注失败：%{details}',
      noteResolved: '批注已标为已解决',
      noteReopened: '批注已重新打开',
      onFailToToggleNote: '更改批注状态失败：%{details}',
    },
  },
};

function merge(base: Phrases, extra: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return merged;
}

export const decapChinese = merge(merge(decapZhHans, missing), officeWords);

/**
 * What 发布 means depends on the mode. On an editor's own machine (npm run admin) it only saves the files, so it says
 * 保存. In the newsroom (npm run cms) it makes the article public, and the workflow's states are named as the guides
 * name them: 草稿 → 待审核 → 待发布 → 已发布; taking an article off the site is 下线.
 */
const wordsOfMode: Record<EditorMode, Phrases> = {
  local: {
    editor: {
      editorToolbar: {
        publish: '保存',
        published: '已保存',
        publishing: '正在保存……',
        publishNow: '立即保存',
        publishAndCreateNew: '保存，然后新建',
        publishAndDuplicate: '保存，然后复制',
      },
    },
    ui: { toast: { entryPublished: '已保存' } },
  },
  newsroom: {
    editor: {
      editor: {
        onPublishingNotReady: '请先把状态改为“待发布”，再发布',
        onPublishing: '确定要发布这篇文章吗？网站会生成新的版本，约需一两分钟。',
        onUnpublishing: '确定要让这篇文章下线吗？它会从网站上移除，回到“待发布”。',
      },
      editorToolbar: {
        inReview: '待审核',
        ready: '待发布',
        publishing: '正在发布，网站生成新版本中……',
        unpublish: '下线',
        unpublishing: '正在下线……',
        statusInfoTooltipDraft: '文章是草稿。写完后把状态改为“待审核”，交给审核人。',
        statusInfoTooltipInReview: '文章等待审核人审核；审核期间仍可修改。',
      },
    },
    workflow: {
      workflow: { description: '%{smart_count} 篇待审核，%{readyCount} 篇待发布 |||| %{smart_count} 篇待审核，%{readyCount} 篇待发布' },
      workflowList: {
        inReviewHeader: '待审核',
        readyHeader: '待发布',
        onPublishingNotReadyEntry: '只有“待发布”的文章才能发布：先把卡片拖到“待发布”一列',
      },
    },
    ui: {
      toast: {
        entryPublished: '文章已发布，网站已更新',
        entryUnpublished: '文章已下线，网站已更新',
        onFailToUnpublishEntry: '下线失败：%{details}',
      },
    },
  },
};

/** Decap's Chinese interface in a mode. */
export const decapWords = (mode: EditorMode): Phrases => merge(decapChinese, wordsOfMode[mode]);
