/**
 * The keyword search form: a plain GET to /products, so it works before (or without)
 * JavaScript and every search is a shareable URL.
 */
export function SearchBox({
  defaultValue,
  size = 'large',
  hidden,
}: {
  defaultValue: string;
  size?: 'large' | 'compact';
  /** Other search parameters to keep (e.g. the category being browsed). */
  hidden?: Record<string, string>;
}) {
  const large = size === 'large';
  return (
    <form
      action="/products"
      method="get"
      role="search"
      aria-label={large ? 'Search offers' : 'Search from any page'}
      className="flex w-full"
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={large ? 'q-main' : 'q-header'} className="sr-only">
        Search products in English or Chinese
      </label>
      <input
        id={large ? 'q-main' : 'q-header'}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={
          large
            ? 'Search 1688 in English or Chinese: phone case, 连衣裙, yoga mat…'
            : 'Search products…'
        }
        className={`min-w-0 flex-1 rounded-l-lg border border-r-0 border-slate-300 bg-white px-3 ${large ? 'py-3 text-base' : 'py-2 text-sm'} placeholder:text-slate-500`}
      />
      <button
        type="submit"
        className={`rounded-r-lg bg-brand-600 font-semibold text-white hover:bg-brand-700 ${large ? 'px-6 text-base' : 'px-4 text-sm'}`}
      >
        Search
      </button>
    </form>
  );
}
