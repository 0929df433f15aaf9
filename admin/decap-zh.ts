/**
 * Decap CMS's Simplified Chinese interface, made complete: its own zh_Hans phrases plus the ones it
 * lacks (47 of 248 in decap-cms-locales 3.8.2, which Decap would show in English).
 * tests/unit/admin.test.ts checks that every English phrase has a Chinese one.
 */
import decapZhHans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';

type Phrases = { [key: string]: string | Phrases };

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

export const decapChinese = merge(decapZhHans, missing);
