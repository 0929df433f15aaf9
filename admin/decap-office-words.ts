/**
 * Decap's Chinese phrases that speak Decap's or git's language (集合, 帖子, 媒体, 富文本/Markdown, backend, URL,
 * config.yml, Issue on GitHub), said in the words of an office that has never used a content management system.
 * Both modes use them; docs/newsroom-words.md lists what was renamed and where each word lives.
 */
import type { Phrases } from './decap-zh';

export const officeWords: Phrases = {
  auth: { errors: { identitySettings: '无法连接账户系统，请联系技术人员' } },
  app: {
    header: { content: '文章', media: '图片和文件', quickAdd: '新建文章' },
    app: {
      errorHeader: '网站后台没能打开',
      configErrors: '网站后台的设置有误',
      checkConfigYml: '请把这一页的内容发给技术人员',
      loadingConfig: '正在打开网站后台……',
      waitingBackend: '正在读取文章……',
    },
  },
  collection: {
    sidebar: { collections: '文章', allCollections: '全部文章', searchAll: '在全部文章中搜索……', searchIn: '搜索' },
    collectionTop: { newButton: '新建%{collectionLabel}', newButtonAriaLabel: '新建一篇%{collectionLabel}' },
    entries: { loadingEntries: '正在读取文章……', cachingEntries: '正在读取文章……', noEntries: '还没有文章' },
  },
  editor: {
    editorControlPane: {
      widget: {
        regexPattern: '“%{fieldLabel}”的格式不对：%{pattern}',
        invalidPath: '“%{path}”不是有效的文件地址',
        pathExists: '已经有同名的文章：%{path}',
      },
    },
    editor: {
      onDeleteWithUnsavedChanges: '确定要删除这篇已发布的文章和还没保存的修改吗？',
      onDeletePublishedEntry: '确定要删除这篇已发布的文章吗？',
      onDeleteUnpublishedChangesWithUnsavedChanges: '这篇文章所有未发布的修改和还没保存的修改都会被撤销，确定吗？',
      onDeleteUnpublishedChanges: '这篇文章所有未发布的修改都会被撤销，确定吗？',
      loadingEntry: '正在打开文章……',
      confirmLoadBackup: '这篇文章在这台电脑上有一份没保存的修改，要恢复它吗？',
    },
    editorInterface: { togglePreview: '显示或隐藏预览', toggleI18n: '显示或隐藏另一种语言' },
    editorToolbar: {
      duplicate: '复制为新文章',
      publishAndCreateNew: '发布，然后写一篇新文章',
      publishAndDuplicate: '发布，然后复制为新文章',
      deleteUnpublishedChanges: '撤销未发布的修改',
      deleteUnpublishedEntry: '删除这篇未发布的文章',
      deletePublishedEntry: '删除这篇已发布的文章',
      backCollection: '返回“%{collectionLabel}”列表',
      // Decap shows this whenever nothing is unsaved, also on a new, empty form: true there too, unlike 修改已保存.
      changesSaved: '没有未保存的修改',
      // The newsroom's whole-article preview of an unpublished article (admin/newsroom/article-preview.tsx).
      deployPreviewPendingButtonLabel: '准备预览',
      deployPreviewButtonLabel: '预览整篇文章',
      deployButtonLabel: '查看网站上的这篇文章',
    },
    editorWidgets: {
      markdown: {
        linkPrompt: '输入链接的网址',
        richText: '所见即所得',
        markdown: '源代码',
        toggleMode: { rich: '切换到所见即所得', markdown: '切换到源代码' },
      },
      image: { chooseUrl: '填写网址', replaceUrl: '改用网址', promptUrl: '输入图片的网址' },
      file: { chooseUrl: '填写网址', replaceUrl: '改用网址', promptUrl: '输入文件的网址' },
      unknownControl: { noControl: '这一项（%{widget}）无法显示，请联系技术人员' },
      unknownPreview: { noPreview: '这一项（%{widget}）无法预览' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copyUrl: '复制网址', copyPath: '复制地址', copyName: '复制文件名' },
    mediaLibrary: { onDelete: '确定要删除这个文件吗？' },
    mediaLibraryModal: {
      mediaAssets: '图片和文件',
      noAssetsFound: '还没有文件',
      noImagesFound: '还没有图片',
      deleting: '正在删除……',
      deleteSelected: '删除选中的文件',
      chooseSelected: '使用选中的文件',
    },
  },
  ui: {
    errorBoundary: {
      details: '网站后台出了错误。',
      reportIt: '请把下面的详情发给技术人员',
      privacyWarning: '发送前，请删去详情里的密码等敏感信息',
      recoveredEntry: { heading: '恢复的文章内容' },
    },
    settingsDropdown: { logOut: '退出' },
    toast: {
      onFailToLoadEntries: '打开文章失败：%{details}',
      onFailToLoadDeployPreview: '打开预览失败：%{details}',
      onFailToPersist: '保存失败：%{details}',
      onFailToDelete: '删除失败：%{details}',
      onFailToUpdateStatus: '更改状态失败：%{details}',
      missingRequiredField: '还有必填的项目没有填写，请填写后再保存',
      onFailToPublishEntry: '发布失败：%{details}',
      entryUpdated: '文章状态已更改',
      onDeleteUnpublishedChanges: '未发布的修改已撤销',
      onLoggedOut: '你已退出，请重新登录',
      onBackendDown: '暂时连不上网站后台：%{details}',
    },
  },
  workflow: {
    workflow: {
      loading: '正在读取待审核的文章……',
      workflowHeading: '审核与发布',
      newPost: '新建文章',
      // Decap formats the card's date with dayjs in English ("December 3"): digits need no locale.
      dateFormat: 'YYYY年M月D日 HH:mm',
    },
    workflowCard: {
      deleteChanges: '撤销修改',
      deleteNewEntry: '删除这篇文章',
      publishChanges: '发布修改',
      publishNewEntry: '发布',
    },
    workflowList: {
      onDeleteEntry: '确定要删除这篇文章吗？',
      onPublishEntry: '确定要发布这篇文章吗？',
      currentEntries: '%{smart_count} 篇 |||| %{smart_count} 篇',
    },
  },
};
