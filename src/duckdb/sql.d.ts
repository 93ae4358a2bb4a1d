/** SQL files are imported as their text: tsup inlines them, vitest reads them (see vitest.config.ts). */
declare module '*.sql' {
  const text: string;
  export default text;
}
