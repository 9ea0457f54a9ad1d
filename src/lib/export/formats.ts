// Apart from frame.ts so the downloads menu, on screen with every view, does not pull the export code
// (which loads on first use) into the views' chunk.
export type ExportFormat = 'png' | 'png-transparent' | 'svg' | 'csv' | 'json';
export const exportFormats: readonly ExportFormat[] = ['png', 'png-transparent', 'svg', 'csv', 'json'];
