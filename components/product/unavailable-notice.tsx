/**
 * An offer 1688 no longer sells (its status is not `published`): said at the top of its page,
 * in place of the order form. Its details stay readable for reference.
 */
export function UnavailableNotice({ status }: { status?: string }) {
  return (
    <section
      role="alert"
      aria-labelledby="unavailable-heading"
      className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-950"
      data-testid="unavailable"
    >
      <h2 id="unavailable-heading" className="font-semibold">
        This offer is not on sale on 1688 right now
      </h2>
      <p className="mt-1 text-sm">
        1688 lists it as {status ? <strong>“{status}”</strong> : 'unavailable'} (expired or taken
        off the shelf), so it cannot be ordered. Its details are shown for reference; search for
        similar offers or ask the supplier.
      </p>
    </section>
  );
}
