/** Talk video in Danish: the click-to-load embed facade, captions and uploads. */
export const daMedia = {
  media: {
    upload: {
      title: 'Upload video',
      hint: 'MP4 eller WebM. Store filer sendes i bidder: bliver forbindelsen afbrudt, fortsætter uploaden, hvor den slap, når du vælger filen igen.',
      file: 'Videofil',
      start: 'Upload og brug videoen',
      progress: 'Uploadet',
      done: 'Videoen er uploadet og vises nu på oplægget.',
      failed: 'Uploaden mislykkedes. Vælg filen igen for at fortsætte, hvor den slap.',
      wrongType: 'Kun MP4- og WebM-videoer kan uploades.',
    },
    captions: 'Dansk',
    chapterTrack: 'Kapitler',
    embedTitle: (title: string, provider: string) => `${title} – video hos ${provider}`,
    embedPlay: (provider: string) => `Afspil videoen fra ${provider}`,
    embedNotice: (provider: string) =>
      `Videoen ligger hos ${provider}. Først når du klikker, henter siden den derfra, og ${provider} kan så sætte cookies og se din IP-adresse.`,
    embedOpen: (provider: string) => `Åbn videoen hos ${provider}`,
    link: 'Se videoen',
    linkNotice: 'Videoen ligger på en anden hjemmeside.',
  },
};
