/** See hostile-documents.mjs. */
export function hostileDocuments(): Array<[label: string, document: string, codes: string[]]>;
