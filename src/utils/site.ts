/** The site's name in each locale: the Starlight title, share cards and JSON-LD all read it from here. */
export const siteTitle = { id: 'Konvensi Hanoi', en: 'Hanoi Convention' } as const;
