import { useState } from 'react';
import { useCommands } from '../common/commands-context';

/** Make a link that carries the portfolio in its hash, show it, and copy it when the browser allows. */
export function ShareButton() {
  const commands = useCommands();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const share = async () => {
    const url = commands.shareLink(window.location.href);
    setLink(url);
    setCopied(false);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure context): the link is shown to copy by hand.
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void share()}>
        Share link
      </button>
      {link ? (
        <div className="share-link" role="group" aria-label="Share link">
          <input
            className="share-link__url"
            readOnly
            value={link}
            aria-label="Link to this portfolio"
            data-testid="share-url"
            onFocus={(e) => e.target.select()}
          />
          <span className="share-link__note" role="status">
            {copied ? 'Copied.' : 'Copy this link.'} The portfolio travels inside the link; nothing is uploaded.
          </span>
          <button type="button" className="button button--quiet" onClick={() => setLink(null)} aria-label="Close the share link">
            ✕
          </button>
        </div>
      ) : null}
    </>
  );
}
