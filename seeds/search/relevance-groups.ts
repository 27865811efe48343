/** Groups of demo items that answer the same need, judged from the content (public items only). */
export const SAMMENBRUD = [
  'noerreaa-keep-grupper',
  'familieplejen-vestkyst-forebyg-sammenbrud',
  'overgange-uden-brud',
  'eksempel-sammenbrud-mixed-methods',
  'keep',
  'price-2008-keep',
  'fostering-individualized-assistance',
  'treatment-foster-care-oregon',
];
export const EFTERVAERN = [
  'noerreaa-eftervaernsteam',
  'naar-18-aarsdagen-naermer-sig',
  'workshop-eftervaernsplan-fra-16-aar',
  'eksempel-eftervaern-unges-stemmer',
  'eksempel-ungdomsuddannelse-fastholdelse',
  'netvaerksmoede-2026-overgange-og-eftervaern',
  'rapport-2026-overgange-og-eftervaern',
  'mentorordning',
];
export const FORAELDRESAMARBEJDE = [
  'lindely-foraeldresamarbejde-samvaer',
  'egeskov-familieraadslagning-netvaerk',
  'familieraadslagning',
  'eksempel-familieraadslagning-kvasi',
  'signs-of-safety',
  'eksempel-signs-of-safety-casestudie',
  'treatment-foster-care-oregon',
  'multisystemisk-terapi',
  'littell-2005-mst-review',
  'egeskov-hjemgivelse-med-mst',
  'bakkeby-boernesamtaler-med-tre-huse',
  'opholdsstedet-lindely',
];
export const NETVAERKSPLEJE = [
  'egeskov-netvaerksplejegrupper',
  'stoettegrupper-for-netvaerksplejefamilier',
  'winokur-2014-kinship-review',
  'eksempel-netvaerkspleje-kohorte',
  'keep',
  'egeskov-familieraadslagning-netvaerk',
  'eksempel-familieraadslagning-kvasi',
  'egeskov-kommune',
];
export const SMAA_BOERN = [
  'familieplejen-vestkyst-abc-smaaboern',
  'attachment-and-biobehavioral-catch-up',
  'pcit',
  'eksempel-pcit-plejefamilier',
];
export const LEKTIER = [
  'lektiebroen-online-lektiehjaelp',
  'foreningen-lektiebroen',
  'laeringsbro-kursus-skole-for-plejeforaeldre',
  'teach-your-children-well',
  'noerreaa-tutoring-plejeforaeldre',
  'flynn-2012-tutoring-rct',
  'lektiebroen-laesemakkere',
  'parlaesning',
  'eksempel-laesemakker-rct',
];
export const LAESNING = [
  'lektiebroen-laesemakkere',
  'parlaesning',
  'eksempel-laesemakker-rct',
  'eksempel-hoejtlaesning-plejefamilier',
  'fjordby-bogpakker-til-plejeboern',
  'letterbox-club',
  'griffiths-2012-letterbox-club',
  'teach-your-children-well',
  'flynn-2012-tutoring-rct',
  'workshop-parlaesning-i-praksis',
  'naar-plejefamilien-bliver-laeringsmiljoe',
  'fjordby-skoleteam-for-plejeboern',
  'forsman-vinnerljung-2012-skoleindsatser',
];
export const TRAUMER = [
  'tf-cbt',
  'cohen-2004-tf-cbt-rct',
  'region-vestkyst-traumenetvaerk',
  'lindely-traumebevidst-intern-skole',
  'workshop-traumebevidst-hverdag',
  'region-vestkyst',
  'opholdsstedet-lindely',
];
export const UDSATTE = ['vive', 'social-og-boligstyrelsen', 'red-barnet', 'dpu-aarhus-universitet', 'egmont-fonden'];
export const ANBRINGELSE = ['egelund-hestbaek-2003-forskningsoversigt', 'ohiggins-sebba-luke-2015-review'];
export const OPHOLDSSTED = [
  'opholdsstedet-lindely',
  'lindely-traumebevidst-intern-skole',
  'lindely-foraeldresamarbejde-samvaer',
  'landsforeningen-af-opholdssteder',
  'egeskov-hjemgivelse-med-mst',
];
export const SKOLEFRAVAER = ['eksempel-skolefravaer-registerstudie'];
export const MENTOR = [
  'egeskov-frivillige-mentorer',
  'mentorordning',
  'eksempel-mentorordning-evaluering',
  'laer-for-livet',
];
export const MATCHING = ['bakkeby-matching-med-barnets-stemme', 'eksempel-matching-kvalitativ', 'bakkeby-kommune'];
export const SAMVAER = [
  'lindely-foraeldresamarbejde-samvaer',
  'egeskov-netvaerksplejegrupper',
  'stoettegrupper-for-netvaerksplejefamilier',
];
export const ADFAERD = [
  'pcit',
  'de-utrolige-aar',
  'multisystemisk-terapi',
  'eksempel-pcit-plejefamilier',
  'fostering-individualized-assistance',
  'littell-2005-mst-review',
  'keep',
  'treatment-foster-care-oregon',
];
export const SKOLE_SAMARBEJDE = [
  'fjordby-skoleteam-for-plejeboern',
  'skolfam',
  'eksempel-skolfam-afproevning',
  'relationel-koordinering',
  'laeringsbro-kursus-skole-for-plejeforaeldre',
  'skoleteam-og-hoeje-forventninger',
  'workshop-byg-jeres-eget-skoleteam',
  'workshop-traumebevidst-hverdag',
  'fjordby-skolestart-efter-anbringelse',
];
export const INDDRAGELSE = [
  'bakkeby-matching-med-barnets-stemme',
  'bakkeby-boernesamtaler-med-tre-huse',
  'eksempel-eftervaern-unges-stemmer',
  'familieraadslagning',
  'egeskov-familieraadslagning-netvaerk',
  'signs-of-safety',
];
export const SKOLERESULTATER = [
  'forsman-vinnerljung-2012-skoleindsatser',
  'ohiggins-sebba-luke-2015-review',
  'flynn-2012-tutoring-rct',
  'griffiths-2012-letterbox-club',
];
export const SKOLEGANG = [
  'fjordby-skoleteam-for-plejeboern',
  'skolfam',
  'eksempel-skolfam-afproevning',
  'laeringsbro-kursus-skole-for-plejeforaeldre',
  'naar-plejefamilien-bliver-laeringsmiljoe',
  'forsman-vinnerljung-2012-skoleindsatser',
  'ohiggins-sebba-luke-2015-review',
  'keep',
  'fjordby-skolestart-efter-anbringelse',
  'skoleteam-og-hoeje-forventninger',
  'relationel-koordinering',
  'egelund-hestbaek-2003-forskningsoversigt',
  'forummoede-2027-laering-og-trivsel',
  'rapport-2027-laering-og-trivsel',
  'lindely-traumebevidst-intern-skole',
  'workshop-byg-jeres-eget-skoleteam',
  'workshop-traumebevidst-hverdag',
];
export const FAMILIERAADSLAGNING = [
  'familieraadslagning',
  'egeskov-familieraadslagning-netvaerk',
  'eksempel-familieraadslagning-kvasi',
  'egeskov-kommune',
];
/** Items about foster families in general (titles and summaries about plejefamilier). */
export const PLEJEFAMILIE = [
  'naar-plejefamilien-bliver-laeringsmiljoe',
  'rapport-2027-laering-og-trivsel',
  'forummoede-2027-laering-og-trivsel',
  'eksempel-matching-kvalitativ',
  'eksempel-hoejtlaesning-plejefamilier',
  'lektiebroen-laesemakkere',
  'eksempel-laesemakker-rct',
  'fjordby-bogpakker-til-plejeboern',
  'familieplejen-vestkyst-forebyg-sammenbrud',
  'familieplejen-vestkyst',
  'bakkeby-matching-med-barnets-stemme',
  'overgange-uden-brud',
  'eksempel-pcit-plejefamilier',
  'eksempel-netvaerkspleje-kohorte',
  'treatment-foster-care-oregon',
  'macdonald-turner-2008-tfc-review',
];
