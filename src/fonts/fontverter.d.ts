/** fontverter ships no types: the one function src/fonts/subset.mts uses. */
declare module 'fontverter' {
  const fontverter: {convert(font: Buffer, format: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer>};
  export default fontverter;
}
