// "Copy link" for the workspace or one candidate: encodes inputs into the URL fragment, copies it, and always shows it in a read-only field as a fallback.
import { useEffect, useId, useRef, useState } from 'react';
import { encodeLinkResult, type EncodeLinkOptions } from '../../share';
import { pageBaseUrl } from './download';

export interface CopyLinkButtonProps {
  /** A workspace or one formulation (validated here; an invalid one shows the reason instead of a link). */
  target: unknown;
  /** What the link is for, used in the accessible name: "workspace" or the candidate's name. */
  subject: string;
  /** Button text (default "Copy link"). */
  label?: string;
  /** Workspace links: keep candidate ids and the selection (a returned link then shows what changed). */
  linkOptions?: EncodeLinkOptions;
}

export function CopyLinkButton({ target, subject, label = 'Copy link', linkOptions }: CopyLinkButtonProps) {
  const [state, setState] = useState<{ url: string; status: string } | { error: string } | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  // a shown link goes stale when the workspace changes: hide it (Copy link makes a fresh one)
  useEffect(() => { setState(null); }, [target]);

  const onClick = async () => {
    const r = encodeLinkResult(target, linkOptions);
    if (!r.ok) {
      setState({ error: `Cannot make a link: ${r.error.message}` });
      return;
    }
    const url = pageBaseUrl() + r.fragment;
    let status = `Link copied (${url.length} characters).`;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
    } catch {
      status = 'Copy it from the field below (the browser did not allow clipboard access).';
    }
    setState({ url, status });
    requestAnimationFrame(() => fieldRef.current?.select());
  };

  return (
    <div className="npd-copy-link">
      <button type="button" onClick={onClick} aria-label={`${label}: ${subject}`}>
        {label}
      </button>
      {state && 'error' in state ? (
        <p role="alert" className="npd-share-error">{state.error}</p>
      ) : null}
      {state && 'url' in state ? (
        <>
          <label htmlFor={fieldId} className="npd-visually-hidden">{`Share link for ${subject}`}</label>
          <input
            id={fieldId}
            ref={fieldRef}
            type="text"
            readOnly
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-link-field"
          />
          <p role="status" className="muted">{state.status}</p>
        </>
      ) : null}
    </div>
  );
}
