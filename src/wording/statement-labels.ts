/**
 * The words a statement is shown with around the agency's own text, Persian and English: section
 * kinds' template headings, the header's labels, the validity sentence, the service table's
 * columns and its audience and channel names. The one wording of them: the element (through
 * internal/messages.ts, in the interface language) and the no-JavaScript fallback the CLI and
 * the editor write (src/fallback/) say them alike, so a fallback swapped for the element reads
 * the same.
 */
import { formatStatementDate, parseStatementDate } from '../dates/statement-date.js';
import type { Audience, Channel, SectionKind, Statement } from '../format/schema.js';
import type { ServiceColumn } from '../services/service-catalog.js';
import type { Language } from './quote.js';

export interface StatementLabels {
  /** The national template's heading of each kind of section. */
  kinds: Record<SectionKind, string>;
  audiences: Record<Audience, string>;
  channels: Record<Channel, string>;
  provider: string;
  parent: string;
  service: string;
  serviceId: string;
  signatory: string;
  validFromUntil: (from: string, until: string) => string;
  validUntil: (until: string) => string;
  validFrom: (from: string) => string;
  openEnded: string;
  servicesTitle: string;
  columns: Record<ServiceColumn, string>;
  openService: string;
  /** Between the names of a cell's audiences or channels. */
  listSeparator: string;
}

const fa: StatementLabels = {
  kinds: {
    introduction: 'مقدمه',
    purpose: 'هدف',
    definitions: 'تعاریف',
    responsibility: 'مسئولیت',
    obligations: 'تعهدات متقابل خدمت گیرنده و دستگاه اجرایی',
    costs: 'هزینه‌ها و پرداخت‌ها',
    term: 'دوره عملکرد',
    termination: 'خاتمه توافقنامه',
    confidentiality: 'محرمانگی اطلاعات',
    availability: 'دسترس‌پذیری',
    maintenance: 'نگهداری و تغییرات خدمت',
    other: 'سایر',
  },
  audiences: { G2C: 'شهروندان', G2B: 'کسب‌وکارها', G2G: 'دستگاه‌های دولتی', G2E: 'کارکنان دولت' },
  channels: {
    web: 'وب',
    app: 'اپلیکیشن',
    sms: 'پیامک',
    phone: 'تلفن',
    pishkhan: 'دفتر پیشخوان',
    post: 'پست',
    'in-person': 'حضوری',
  },
  provider: 'ارائه‌دهنده',
  parent: 'دستگاه مادر',
  service: 'خدمت',
  serviceId: 'شناسه خدمت',
  signatory: 'امضاکننده',
  validFromUntil: (from, until) => `معتبر از ${from} تا ${until}`,
  validUntil: (until) => `معتبر تا ${until}`,
  validFrom: (from) => `معتبر از ${from}، بدون تاریخ پایان`,
  openEnded: 'بدون تاریخ پایان (دائمی)',
  servicesTitle: 'فهرست خدمات',
  columns: {
    number: 'ردیف',
    name: 'عنوان خدمت',
    unit: 'واحد',
    id: 'شناسه خدمت',
    audience: 'گیرنده خدمت',
    channels: 'شیوه ارائه',
    duration: 'مدت انجام',
    visits: 'مراجعه حضوری',
    cost: 'هزینه',
    url: 'پیوند',
  },
  openService: 'مشاهده خدمت',
  listSeparator: '، ',
};

const en: StatementLabels = {
  kinds: {
    introduction: 'Introduction',
    purpose: 'Purpose',
    definitions: 'Definitions',
    responsibility: 'Responsibility',
    obligations: 'Mutual obligations of the service recipient and the agency',
    costs: 'Costs and payments',
    term: 'Term',
    termination: 'Termination',
    confidentiality: 'Confidentiality',
    availability: 'Availability',
    maintenance: 'Maintenance and service changes',
    other: 'Other',
  },
  audiences: { G2C: 'Citizens', G2B: 'Businesses', G2G: 'Government bodies', G2E: 'Government employees' },
  channels: {
    web: 'Web',
    app: 'App',
    sms: 'SMS',
    phone: 'Phone',
    pishkhan: 'Pishkhan office',
    post: 'Post',
    'in-person': 'In person',
  },
  provider: 'Provider',
  parent: 'Parent body',
  service: 'Service',
  serviceId: 'Service ID',
  signatory: 'Signed by',
  validFromUntil: (from, until) => `Valid from ${from} until ${until}`,
  validUntil: (until) => `Valid until ${until}`,
  validFrom: (from) => `Valid from ${from}, with no end date`,
  openEnded: 'No end date (permanent)',
  servicesTitle: 'List of services',
  columns: {
    number: 'No.',
    name: 'Service',
    unit: 'Unit',
    id: 'Service ID',
    audience: 'For',
    channels: 'Channels',
    duration: 'Processing time',
    visits: 'In-person visits',
    cost: 'Cost',
    url: 'Link',
  },
  openService: 'Open service',
  listSeparator: ', ',
};

export const STATEMENT_LABELS: Record<Language, StatementLabels> = { fa, en };

/**
 * The validity line: «معتبر از ۱ فروردین ۱۴۰۳ تا ۲۹ اسفند ۱۴۰۳», always in the Jalali calendar.
 * Validation has already dropped a validity with a bad or impossible date, so the dates read.
 */
export function validityLine(validity: NonNullable<Statement['validity']>, lang: Language): string {
  const labels = STATEMENT_LABELS[lang];
  const format = (written: string | undefined) => {
    const date = written === undefined ? null : parseStatementDate(written);
    return date && formatStatementDate(date, lang);
  };
  const from = format(validity.from);
  const until = format(validity.until);
  if (from && until) return labels.validFromUntil(from, until);
  if (until) return labels.validUntil(until);
  if (from) return labels.validFrom(from);
  return labels.openEnded;
}
