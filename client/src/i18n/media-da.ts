/** Talk video in Danish: the click-to-load embed facade, captions and uploads. */
export const daMedia = {
  media: {
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
