import { type Locale } from '@/i18n/locales.mjs';

type Localized = Record<Locale, string>;

/** Contact facts beyond the phone: each is optional, and the contact page shows only those set. */
export interface ContactDetails {
  address?: Localized;
  postcode?: string;
  email?: string;
  officeHours?: Localized;
}

/**
 * The organization's identity: the one file a real deployment edits.
 * Everything shown in the header, footer and share data comes from here.
 */
export const siteConfig = {
  /** Absolute origin used for canonical URLs and the footer QR code. Set SITE_URL in production. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  name: {
    zh: '内蒙古创新中心有限责任公司',
    en: 'Inner Mongolia Innovation Center Co., Ltd.',
  } satisfies Localized,
  shortName: {
    zh: '内蒙古创新中心',
    en: 'Inner Mongolia Innovation Center',
  } satisfies Localized,
  phone: '0472-6982560',
  /** Fill in what the organization publishes; an unset fact is simply not shown. */
  contact: {} as ContactDetails,
  icp: {
    number: '蒙ICP备18004185号-1',
    url: 'https://beian.miit.gov.cn/',
  },
  publicSecurity: {
    number: '蒙公网安备 15029002000286号',
    url: 'https://beian.mps.gov.cn/#/query/webSearch?code=15029002000286',
    badge: '/images/beian-badge.svg',
  },
  friendlyLinks: [
    {
      name: { zh: '内蒙古自治区科学技术厅', en: 'Department of Science and Technology of Inner Mongolia' },
      url: 'https://kjt.nmg.gov.cn/',
    },
    {
      name: { zh: '内蒙古自治区人民政府', en: 'People’s Government of Inner Mongolia Autonomous Region' },
      url: 'https://www.nmg.gov.cn/',
    },
    {
      name: { zh: '中华人民共和国科学技术部', en: 'Ministry of Science and Technology of the PRC' },
      url: 'https://www.most.gov.cn/',
    },
  ] satisfies { name: Localized; url: string }[],
  /** Where the footer QR code leads; defaults to the site itself. */
  get qrCodeUrl(): string {
    return process.env.QR_CODE_URL ?? this.url;
  },
};
