import { useState } from 'react';

/**
 * How many of a long list to draw: a case of thousands of items drew every card (and every log line)
 * again on each change, which froze the library for seconds while a file was added. The newest stay in
 * view; earlier ones come a page at a time. Starts again from one page when `resetKey` changes.
 */
export function useShownCount(page: number, resetKey: string): [number, () => void] {
  const [state, setState] = useState({ key: resetKey, shown: page });
  const shown = state.key === resetKey ? state.shown : page;
  return [shown, () => setState({ key: resetKey, shown: shown + page })];
}

export function ShowEarlier({
  hidden,
  label,
  onMore,
  testId,
}: {
  hidden: number;
  label: string;
  onMore: () => void;
  testId: string;
}) {
  if (hidden <= 0) return null;
  return (
    <button type="button" className="show-earlier" onClick={onMore} data-testid={testId} data-hidden={hidden}>
      {label}
    </button>
  );
}
