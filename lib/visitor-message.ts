/**
 * 在线留言: what a visitor's message is, declared once for the contact page's form (its limits and its error words)
 * and the newsroom service that stores it (visitor-message-schema.ts checks what arrives; kept apart so that the
 * form's bundle has no zod, whose eval probe the site's CSP reports). Labels and error words live in
 * messages/<locale>.json under `MessageForm`.
 */
export const MESSAGE_KINDS = ['question', 'suggestion', 'complaint', 'other'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Lengths in characters as a reader counts them (code points), not UTF-16 units. */
export const MESSAGE_LIMITS = { title: 50, content: 1000, name: 50, phone: 30, email: 100 } as const;

/** 待处理, 已回复, 不予受理. */
export const MESSAGE_STATUSES = ['pending', 'answered', 'rejected'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Why a field is refused: the key of its words under MessageForm.errors. */
export type MessageProblem = 'required' | 'tooLong' | 'invalid' | 'noReply' | 'noConsent';
export type MessageField = 'kind' | 'title' | 'content' | 'name' | 'phone' | 'email' | 'consent';

/** A 查询码: 12 characters without look-alikes (0/O, 1/I/L), about 59 bits from a cryptographic source. */
export const LOOKUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const LOOKUP_CODE_LENGTH = 12;
export const LOOKUP_CODE_PATTERN = new RegExp(`^[${LOOKUP_CODE_ALPHABET}]{${LOOKUP_CODE_LENGTH}}$`);

/** A code as typed: spaces and dashes between groups dropped, lower case accepted. */
export function normalizeLookupCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** The file of published answers the newsroom writes for each build (lib/public-answers.ts reads it). */
export const PUBLIC_ANSWERS_FILE_ENV = 'PUBLIC_ANSWERS_FILE';
