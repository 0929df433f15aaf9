'use client';

import { type FormEvent, useState, useSyncExternalStore } from 'react';
import type { MessageStatus } from '@/lib/visitor-message';

/** Interface text from the messages (MessageLookup), passed in so no message catalogue is sent to the browser. */
export interface MessageLookupLabels {
  code: string;
  submit: string;
  looking: string;
  notFound: string;
  /** Contains {phone}. */
  tooMany: string;
  /** Contains {phone}. */
  failed: string;
  title: string;
  status: string;
  statuses: Record<MessageStatus, string>;
  answer: string;
  noAnswerYet: string;
}

interface Found {
  title: string;
  status: MessageStatus;
  answer: string | null;
}

/** 留言查询: a 查询码 in, the message's status and answer out; anything else gets the same "not found". */
export default function MessageLookup({ api, labels, phone }: { api: string; labels: MessageLookupLabels; phone: string }) {
  const [state, setState] = useState<'idle' | 'looking'>('idle');
  const [found, setFound] = useState<Found>();
  const [problem, setProblem] = useState<string>();
  // Without JavaScript the form stays hidden (the page says to call instead): a code never goes into an address.
  const ready = useSyncExternalStore(
    () => () => undefined,
    () => true,
    () => false,
  );

  async function lookUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    setState('looking');
    setFound(undefined);
    setProblem(undefined);
    const response = await fetch(`${api}/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    }).catch(() => undefined);
    setState('idle');
    if (response?.ok) return setFound((await response.json()) as Found);
    const text = response?.status === 404 ? labels.notFound : response?.status === 429 ? labels.tooMany : labels.failed;
    setProblem(text.replace('{phone}', phone));
  }

  return (
    <div className="message-lookup" hidden={!ready}>
      <form className="message-form" onSubmit={lookUp}>
        <label htmlFor="lookup-code">{labels.code}</label>
        <input id="lookup-code" name="code" required autoComplete="off" spellCheck={false} />
        <button type="submit" className="message-submit" disabled={state === 'looking'}>
          {state === 'looking' ? labels.looking : labels.submit}
        </button>
      </form>
      <div aria-live="polite">
        {problem ? <p className="message-problem">{problem}</p> : null}
        {found ? (
          <dl className="message-result">
            <dt>{labels.title}</dt>
            <dd>{found.title}</dd>
            <dt>{labels.status}</dt>
            <dd>{labels.statuses[found.status]}</dd>
            <dt>{labels.answer}</dt>
            <dd className="whitespace-pre-wrap">{found.answer ?? labels.noAnswerYet}</dd>
          </dl>
        ) : null}
      </div>
    </div>
  );
}
