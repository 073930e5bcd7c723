/**
 * The statement's title line and what it says beyond the template's words: the agency
 * («توافقنامه سطح خدمت استانداری لرستان») or the one service the statement is about
 * («توافقنامه سطح خدمت "مايه کوبی دام ها …  13021204104"»), with its 11-digit service id.
 */
import { toAsciiDigits } from '../text/digits.js';
import { DIGIT } from '../text/patterns.js';
import { foldWithOrigin, searchKey } from '../text/persian-text.js';
import { originalSlice, trimLine, wordCount } from './lines.js';
import { isOrganisationName, organisationNames } from './provider.js';

/** The words every title starts with: «توافقنامه سطح خدمت», «بیانیه سطح توافق خدمات»… */
const AGREEMENT = '(?:توافق\\s?نامه|تواقف\\s?نامه|موافقت\\s?نامه)';
const TITLE_PREFIX = new RegExp(
  `^["“”«']?(?:بیانیه\\s+)?(?:${AGREEMENT}\\s+(?:سطح\\s+)?(?:ارایه\\s+)?(?:خدمت|خدمات)|(?:سطح\\s+)?توافق\\s+(?:سطح\\s+)?(?:خدمت|خدمات)|sla|service level agreement)(?:\\s+(?:های|الکترونیک|الکترونیکی))*(?:\\s*\\(sla\\))?["“”»']?(?:\\s*[:\\-–]\\s*|\\s+|$)`,
);
const TITLE_WORDS = ['توافقنامه', 'تواقفنامه', 'موافقتنامه', 'سطحخدمت', 'سطحتوافق', 'توافقسطح', 'بیانیه', 'sla', 'servicelevel'];
const MAX_TITLE_WORDS = 30;

/** A title names the agreement and is short: a paragraph that mentions «توافقنامه» is not one. */
export function looksLikeTitle(text: string): boolean {
  const key = searchKey(text);
  if (wordCount(text) > MAX_TITLE_WORDS || !TITLE_WORDS.some((word) => key.includes(word))) return false;
  // A sentence that mentions the agreement is not a title, unless it starts with its name
  // («توافق نامه سطح خدمات (SLA) دانشگاه … به منظور تداوم استفاده از خدمات این سامانه.»).
  return !/[.!?؟:]$/.test(text) || (!/:$/.test(text) && TITLE_PREFIX.test(foldWithOrigin(text).folded) && titleSubject(text) !== '');
}

/** A title as the statement should carry it: without the quotes some pages put around it. */
export function cleanTitle(text: string): string {
  const single = singleTitle(text);
  return /^["“”«][^"“”«»]+["“”»]$/.test(single) ? trimLine(single.slice(1, -1)) : single;
}

/** What a title says beyond the template's words, or '' when it says nothing more. */
export function titleSubject(title: string): string {
  const folded = foldWithOrigin(title);
  const prefix = TITLE_PREFIX.exec(folded.folded);
  if (!prefix) return '';
  return originalSlice(folded, prefix[0].length, folded.folded.length);
}

/** A title written twice on one line by a page that repeats its heading: the first copy. */
export function singleTitle(text: string): string {
  const words = text.split(/\s+/);
  if (words.length % 2 === 0) {
    const half = words.length / 2;
    if (searchKey(words.slice(0, half).join(' ')) === searchKey(words.slice(half).join(' '))) return words.slice(0, half).join(' ');
  }
  return text;
}

/** How well a line serves as the title: names the level of service, and says whose or what. */
export function titleScore(text: string): number {
  const key = searchKey(text);
  const subject = titleSubject(text);
  const meaningful = subject !== '' && !/^(?:در|برای|جهت|به|از)\s/.test(subject);
  return (key.includes('سطح') ? 2 : 0) + (meaningful ? 1 : 0);
}

const SITE = /^(?:پورتال|پرتال|تارنما|تارنمای|سایت|وب\s?سایت|وبگاه|درگاه)(?:\s|$)/;
const SYSTEM = /(?:^|\s)سامانه\s+(.+?)(?=\s+(?:به\s+منظور|جهت|برای|در|که)\s|[.،,:]|$)/;
const QUOTED = /["“”«»„]\s*([^"“”«»„]+?)\s*["“”«»„]/;
/** An 11-digit service id (شناسه خدمت) in any digit script, even glued to the next word. */
const SERVICE_ID = new RegExp(`(?<!${DIGIT})(${DIGIT}{11})(?!${DIGIT})`);
const ID_AFTER_LABEL = new RegExp(`شناسه(?:\\s*خدمت)?\\s*[:：]?\\s*(${DIGIT}{11})(?!${DIGIT})`);

export interface TitleFacts {
  /** The service a per-service statement is about. */
  service?: { name?: string; id?: string };
  /** The agency when the title names one («… استانداری لرستان», «… "منطقه ویژه …"»). */
  agency?: string;
}

/** What the title says: the service (quoted or plain) and its id, or the agency. */
export function readTitle(title: string): TitleFacts {
  const subject = titleSubject(title) || (QUOTED.exec(title)?.[1] ?? '');
  const idMatch = SERVICE_ID.exec(subject);
  const id = idMatch ? toAsciiDigits(idMatch[1]!) : undefined;
  const quoted = QUOTED.exec(subject)?.[1] ?? subject.replace(/^["“”«»„']+|["“”«»„']+$/g, '');
  const name = trimLine(quoted.replace(SERVICE_ID, '').replace(/\s+/g, ' ').replace(/^["“”«»„']+|["“”«»„']+$/g, ''));
  if (!name && !id) return {};
  if (name && !id && (isOrganisationName(name) || organisationNames(` ${name} `).length > 0 && !QUOTED.test(subject))) {
    const agency = organisationNames(` ${name} `)[0] ?? name;
    // «… دانشگاه … جهت مراجعه کنندگان به سامانه نوبت دهی اینترنتی پزشکان …»: one system, one service.
    const system = SYSTEM.exec(name)?.[1];
    return system ? { agency, service: { name: trimLine(system) } } : { agency };
  }
  if (name && /^(?:\(?sla\)?|service level agreement)$/i.test(name)) return {};
  if (SITE.test(name)) {
    // «… خدمات پورتال», «… وب سایت دانشگاه …»: the site, and perhaps whose it is.
    const agency = organisationNames(` ${name} `)[0];
    return agency ? { agency } : {};
  }
  if (/^(?:در|برای|جهت|به|از)\s/.test(name)) return {};
  return { service: { ...(name ? { name } : {}), ...(id ? { id } : {}) } };
}

/** A service id the text gives after «شناسه خدمت», for a per-service statement. */
export function serviceIdInText(text: string): string | undefined {
  const match = ID_AFTER_LABEL.exec(text);
  return match ? toAsciiDigits(match[1]!) : undefined;
}
