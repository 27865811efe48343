/** The method editor's practical-fact fields in Danish (spread into the editor texts). */
export const daMethodsEditor = {
  field: {
    settings: 'Hvor metoden bruges',
    costNote: 'Pris (tekst)',
    costDkk: 'Vejledende pris i kr.',
    costUnit: 'Prisen gælder',
    trainingDuration: 'Uddannelsens varighed',
    trainingCertifiedBy: 'Hvem uddanner og certificerer',
    providers: 'Udbydere i Danmark',
    municipalities: 'Kommuner, der bruger metoden',
  },
  hint: {
    costNote: 'Prisspænd, hvad prisen dækker, og hvem der betaler.',
    costDkk: 'Et helt tal; udfyld også »Prisen gælder«.',
    providers: 'Én pr. linje: navn | link | note, fx »Center Øst | https://… | Kurser i Aarhus«.',
    municipalities: 'Én pr. linje: navn | link | note, fx »Fjordby Kommune | | Siden 2021«.',
  },
};
