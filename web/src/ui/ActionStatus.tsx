/**
 * What an action outside a form did: a status line that screen readers hear when it changes
 * (kept on the page, empty, so that they do), and the error when it failed.
 */
export function ActionStatus({ status, error }: { status: string; error?: string }) {
  return (
    <>
      <p role="status" className="status">
        {status}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
