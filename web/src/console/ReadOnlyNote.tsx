export function ReadOnlyNote({ role, what }: { role: string; what: string }) {
  return (
    <p className="note">
      Your role ({role}) lets you see {what} but not change them. Ask an owner or an admin of your territory.
    </p>
  );
}
