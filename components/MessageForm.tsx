'use client';

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import 'altcha/altcha.css';
import { MESSAGE_KINDS, MESSAGE_LIMITS, type MessageField, type MessageProblem } from '@/lib/visitor-message';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'altcha-widget': { challenge: string; language: string; name: string };
    }
  }
}

/** Interface text from the messages (MessageForm), passed in so no message catalogue is sent to the browser. */
export interface MessageFormLabels {
  kind: string;
  kinds: Record<(typeof MESSAGE_KINDS)[number], string>;
  title: string;
  content: string;
  name: string;
  phone: string;
  email: string;
  replyHint: string;
  /** Contains {max} and {count}. */
  limit: string;
  robot: string;
  submit: string;
  sending: string;
  sent: string;
  codeLabel: string;
  codeHint: string;
  /** Contain {field} and, for tooLong, {max}. */
  errors: Record<MessageProblem, string>;
  /** Contain {phone}. */
  refusals: Record<'challenge' | 'replayed' | 'tooMany' | 'failed', string>;
  /** The ALTCHA widget's own words. */
  widget: Record<string, string>;
}

type Refusal =
  { problem: 'fields'; fields: { field: MessageField; problem: MessageProblem }[] } | { problem: keyof MessageFormLabels['refusals'] };

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/** The widget, its words and its one proof-of-work worker, loaded from this site only when the form is on screen. */
async function loadWidget(language: string, words: Record<string, string>) {
  await import('altcha/external');
  globalThis.$altcha.i18n.set(language, words);
  globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker(new URL('./altcha-worker.js', import.meta.url)));
}

/**
 * 在线留言 on the contact page: the fields of lib/visitor-message.ts, a proof-of-work check made and verified by the
 * newsroom service (`api`), and the 查询码 once stored. A refusal names the field or the reason and keeps what was typed.
 */
export default function MessageForm({
  api,
  locale,
  labels,
  phone,
  consent,
}: {
  api: string;
  locale: string;
  labels: MessageFormLabels;
  /** The organization's phone, for the refusals that offer it. */
  phone: string;
  /** The consent sentence with its link to the privacy text, rendered by the page. */
  consent: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const sent = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<'idle' | 'sending'>('idle');
  const [problems, setProblems] = useState<Partial<Record<MessageField, string>>>({});
  const [refusal, setRefusal] = useState<string>();
  const [code, setCode] = useState<string>();
  const [content, setContent] = useState('');

  // The one-time 查询码 replaces the form, which on a phone was scrolled far above it: bring it into view and focus it.
  useEffect(() => {
    if (!code) return;
    sent.current?.scrollIntoView({ block: 'center' });
    sent.current?.focus({ preventScroll: true });
  }, [code]);
  useEffect(() => {
    void loadWidget(locale, labels.widget).then(() => setReady(true));
  }, [locale, labels.widget]);

  const fieldLabel = (field: MessageField) => (field === 'consent' ? '' : labels[field].replace(/[（(].*[）)]$/, ''));

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = Object.fromEntries(
      ['kind', 'title', 'content', 'name', 'phone', 'email', 'altcha'].map((name) => [name, String(data.get(name) ?? '')]),
    );
    setState('sending');
    setRefusal(undefined);
    let response: Response | undefined;
    try {
      response = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, consent: data.get('consent') === 'yes', locale }),
      });
    } catch {
      // No answer at all: said below, like any other failure.
    }
    setState('idle');
    if (response?.status === 201) {
      setCode(((await response.json()) as { code: string }).code);
      return;
    }
    const answer = (await response?.json().catch(() => undefined)) as Refusal | undefined;
    if (answer?.problem === 'fields') {
      setProblems(
        Object.fromEntries(
          answer.fields.map(({ field, problem }) => [
            field,
            fill(labels.errors[problem], { field: fieldLabel(field), max: MESSAGE_LIMITS[field as keyof typeof MESSAGE_LIMITS] ?? '' }),
          ]),
        ),
      );
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setProblems({});
    setRefusal(fill(labels.refusals[answer?.problem && answer.problem in labels.refusals ? answer.problem : 'failed'], { phone }));
    // A spent or refused check cannot be sent again: the widget starts over.
    form.current?.querySelector('altcha-widget')?.reset();
  }

  if (code) {
    return (
      <div className="message-sent" role="status" tabIndex={-1} ref={sent}>
        <p className="font-semibold">{labels.sent}</p>
        <p>
          {labels.codeLabel} <strong className="message-code">{code}</strong>
        </p>
        <p>{labels.codeHint}</p>
      </div>
    );
  }

  const invalid = (field: MessageField) => ({
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `message-${field}-problem` : undefined,
  });
  const problem = (field: MessageField) =>
    problems[field] ? (
      <p id={`message-${field}-problem`} className="message-problem">
        {problems[field]}
      </p>
    ) : null;

  return (
    <form ref={form} className="message-form" onSubmit={send} noValidate hidden={!ready}>
      <label htmlFor="message-kind">{labels.kind}</label>
      <select id="message-kind" name="kind" defaultValue={MESSAGE_KINDS[0]}>
        {MESSAGE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {labels.kinds[kind]}
          </option>
        ))}
      </select>
      <label htmlFor="message-title">{labels.title}</label>
      <input id="message-title" name="title" required maxLength={MESSAGE_LIMITS.title} {...invalid('title')} />
      {problem('title')}
      <label htmlFor="message-content">{labels.content}</label>
      <textarea
        id="message-content"
        name="content"
        required
        rows={6}
        value={content}
        onChange={(event) => setContent(event.target.value)}
        {...invalid('content')}
      />
      <p className="message-hint" aria-live="polite">
        {fill(labels.limit, { max: MESSAGE_LIMITS.content, count: [...content].length })}
      </p>
      {problem('content')}
      <label htmlFor="message-name">{labels.name}</label>
      <input id="message-name" name="name" autoComplete="name" maxLength={MESSAGE_LIMITS.name} />
      <p className="message-hint">{labels.replyHint}</p>
      <label htmlFor="message-phone">{labels.phone}</label>
      <input id="message-phone" name="phone" type="tel" autoComplete="tel" maxLength={MESSAGE_LIMITS.phone} {...invalid('phone')} />
      {problem('phone')}
      <label htmlFor="message-email">{labels.email}</label>
      <input id="message-email" name="email" type="email" autoComplete="email" maxLength={MESSAGE_LIMITS.email} {...invalid('email')} />
      {problem('email')}
      <label className="message-consent">
        <input type="checkbox" name="consent" value="yes" {...invalid('consent')} /> <span>{consent}</span>
      </label>
      {problem('consent')}
      <div role="group" aria-label={labels.robot}>
        <altcha-widget challenge={`${api}/challenge`} language={locale} name="altcha" />
      </div>
      {refusal ? (
        <p className="message-problem" role="alert">
          {refusal}
        </p>
      ) : null}
      <button type="submit" className="message-submit" disabled={state === 'sending'}>
        {state === 'sending' ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
