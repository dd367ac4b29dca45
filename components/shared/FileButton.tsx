/**
 * A file picker that speaks the page's language: the browser's own file button says "Choose Files" /
 * "No file chosen" in the browser's language whatever OrderProof's is. The input stays in the page
 * (visually hidden, still focused by Tab and opened by Enter or Space); its label is the button.
 */
export function FileButton({
  label,
  testId,
  accept,
  multiple = false,
  disabled = false,
  onFiles,
}: {
  label: string;
  testId: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[], input: HTMLInputElement) => void;
}) {
  return (
    <label className={`file-button${disabled ? ' disabled' : ''}`}>
      <input
        type="file"
        className="sr-only"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => onFiles([...(e.target.files ?? [])], e.target)}
        data-testid={testId}
      />
      {label}
    </label>
  );
}
