/** Digits to show: a number of significant digits, or of decimals (at most `fraction`, at least `minFraction`). */
export type Digits = { significant: number } | { fraction: number; minFraction?: number };

/** The same format in Intl's terms (a zero is never "-0"). */
export const intlOptions = (d: Digits): Intl.NumberFormatOptions => ({
  signDisplay: 'negative',
  ...('significant' in d ? { maximumSignificantDigits: d.significant } : { maximumFractionDigits: d.fraction, minimumFractionDigits: d.minFraction ?? 0 }),
});

/**
 * A number as both of our languages write it (1,234.5: English and Taiwan's Chinese group and mark
 * decimals alike). Written by hand rather than with Intl.NumberFormat: a page's first Intl object
 * (or localeCompare) makes V8 set up its locale data, 15-40 ms on the main thread of every load
 * (4x that on a phone), for a format this small. A property test holds it to Intl's output.
 */
export function formatNumber(value: number, digits: Digits): string {
  const size = Math.abs(value);
  const decimals = 'significant' in digits ? digits.significant - 1 - Math.floor(Math.log10(size || 1)) : digits.fraction;
  // Shifted through its decimal text ("1.005e2"), so a tie rounds as written (1.005 -> 1.01), as
  // Intl does; toFixed and d3-format round the binary value (1.00499…) down.
  const shifted = Number(`${size}e${decimals}`);
  // NaN for what String() writes with an exponent (below 1e-6, from 1e21); past 2^46 a double can
  // no longer tell a tie from its neighbours. No dataset's figure is either: Intl after all.
  if (!(shifted < 2 ** 46)) return new Intl.NumberFormat('en', intlOptions(digits)).format(value);
  const rounded = Number(`${Math.round(shifted)}e${-decimals}`);
  // String() writes the shortest decimal that reads back as the double, as Intl does (toFixed
  // writes digits of its binary expansion).
  const [whole = '0', fraction = ''] = String(rounded).split('.');
  const kept = fraction.padEnd('significant' in digits ? 0 : (digits.minFraction ?? 0), '0');
  return `${value < 0 && rounded > 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${kept ? `.${kept}` : ''}`;
}
